// The gallery's justified grid for the .pptx: rows as the deck splits them, each filling the width, the whole
// grid scaled to fit and centred.
import { describe, expect, it } from 'vitest';
import { galleryBoxes, rowSizes } from '../../../../../src/export/pptx/layouts/gallery.ts';

describe('gallery grid', () => {
  it('splits images into rows as the deck does', () => {
    expect([2, 3, 4, 5, 6].map(rowSizes)).toEqual([[2], [3], [2, 2], [3, 2], [3, 3]]);
  });

  it('gives every picture of a row one height and its own aspect ratio, and fits the body', () => {
    const body = { x: 100, y: 200, w: 1600, h: 700 };
    const boxes = galleryBoxes([1.5, 1, 0.5, 2], body, 40);
    expect(boxes).toHaveLength(4);
    expect(boxes[0]!.h).toBeCloseTo(boxes[1]!.h);
    expect(boxes[0]!.w / boxes[1]!.w).toBeCloseTo(1.5); // widths follow the aspect ratios
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(body.x - 0.01);
      expect(b.x + b.w).toBeLessThanOrEqual(body.x + body.w + 0.01);
      expect(b.y).toBeGreaterThanOrEqual(body.y - 0.01);
      expect(b.y + b.h).toBeLessThanOrEqual(body.y + body.h + 0.01);
    }
    expect(boxes[2]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.h); // 4 → 2 + 2: the second row below
  });
});
