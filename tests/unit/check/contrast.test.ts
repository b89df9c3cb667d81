// The pure parts of `podium check`'s contrast measurement: contrast on sampled pixels.
import { describe, expect, it } from 'vitest';
import { contrastFindings, contrastOnColor, contrastOnPixels, type Pixels } from '../../../src/check/contrast.ts';
import type { TextRun } from '../../../src/check/audit-page.ts';

/** A 100×10 image: columns below `split` one colour, the rest another. */
function image(left: number[], right: number[], split: number): Pixels {
  const data = new Uint8Array(100 * 10 * 3);
  for (let y = 0; y < 10; y++) for (let x = 0; x < 100; x++) data.set(x < split ? left : right, (y * 100 + x) * 3);
  return { data, width: 100, height: 10, channels: 3, left: 0, top: 0, scale: 1 };
}
const white: TextRun = { slide: 3, element: 'h2.slide-title "Hi"', boxes: [{ left: 0, top: 0, right: 100, bottom: 10 }], color: [255, 255, 255, 1], size: 76, large: true, fallback: [0, 0, 0, 1] };

describe('contrast on pixels', () => {
  it('white on black is 21:1, white on white 1:1', () => {
    expect(contrastOnPixels(white, image([0, 0, 0], [0, 0, 0], 50))).toBeCloseTo(21, 5);
    expect(contrastOnPixels(white, image([255, 255, 255], [255, 255, 255], 50))).toBeCloseTo(1, 5);
  });

  it('reports the contrast that 90% of the pixels behind the text reach: a small bright patch does not count', () => {
    expect(contrastOnPixels(white, image([255, 255, 255], [0, 0, 0], 5))).toBeCloseTo(21, 5);
    expect(contrastOnPixels(white, image([255, 255, 255], [0, 0, 0], 30))).toBeCloseTo(1, 5);
  });

  it('maps page boxes onto a shot of part of the page at half scale', () => {
    const shot = { ...image([255, 255, 255], [0, 0, 0], 50), left: 100, top: 20, scale: 0.5 };
    expect(contrastOnPixels({ ...white, boxes: [{ left: 200, top: 20, right: 300, bottom: 40 }] }, shot)).toBeCloseTo(21, 5); // right half: black
    expect(contrastOnPixels({ ...white, boxes: [{ left: 100, top: 20, right: 190, bottom: 40 }] }, shot)).toBeCloseTo(1, 5); // left half: white
  });

  it('blends translucent text over each pixel', () => {
    expect(contrastOnPixels({ ...white, color: [255, 255, 255, 0] }, image([0, 0, 0], [0, 0, 0], 50))).toBeCloseTo(1, 5);
    expect(contrastOnColor({ color: [0, 0, 0, 1], fallback: [255, 255, 255, 1] })).toBeCloseTo(21, 5);
  });

  it('gives no value when the text is not in the shot, and the finding falls back to the CSS colour', () => {
    const away = { ...white, boxes: [{ left: 500, top: 500, right: 600, bottom: 520 }], fallback: [250, 250, 250, 1] };
    expect(contrastOnPixels(away, image([0, 0, 0], [0, 0, 0], 50))).toBeUndefined();
    expect(contrastFindings([away], image([0, 0, 0], [0, 0, 0], 50))).toEqual([expect.objectContaining({ rule: 'contrast', slide: 3, message: expect.stringMatching(/contrast 1\.0\d:1 .*AA needs 3:1\), measured on its background colour$/) })]);
    expect(contrastFindings([white], image([0, 0, 0], [0, 0, 0], 50))).toEqual([]);
  });
});
