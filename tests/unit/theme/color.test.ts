// Reading CSS colours.
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../../src/theme/color.ts';

describe('colours', () => {
  it.each([
    ['#0a7', [0, 170, 119, 1]], ['#00aa77', [0, 170, 119, 1]], ['#00aa7780', [0, 170, 119, 128 / 255]],
    ['rgb(10, 20, 30)', [10, 20, 30, 1]], ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]], ['rgba(10,20,30,0.25)', [10, 20, 30, 0.25]],
    ['hsl(0, 100%, 50%)', [255, 0, 0, 1]], ['hsl(120deg 100% 25%)', [0, 127.5, 0, 1]], ['navy', [0, 0, 128, 1]], ['Transparent', [0, 0, 0, 0]],
  ])('reads %s', (text, [r, g, b, a]) => {
    const c = parseColor(text)!;
    expect([c.r, c.g, c.b]).toEqual([r, g, b].map((v) => expect.closeTo(v!, 1)));
    expect(c.a).toBeCloseTo(a!, 3);
  });

  it.each(['#0a', '#ggg', 'blu', 'rgb(1,2)', 'hsl(10, 20, 30)', 'var(--x)', 'url(x.png)', ''])('rejects %j', (text) => {
    expect(parseColor(text)).toBeUndefined();
  });
});
