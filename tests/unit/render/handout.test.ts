// The handout page's geometry: slide thumbnails beside notes (1–3 per page) or in a grid (4, 6).
import { describe, expect, it } from 'vitest';
import { handoutPageCount, PAPER, thumbWidth } from '../../../src/render/handout.ts';

describe('handout geometry', () => {
  it('one slide fills the paper between its margins; 2 and 3 sit beside their notes', () => {
    expect(thumbWidth(1, 'a4')).toBeCloseTo(PAPER.a4.width - 96, 5);
    expect(thumbWidth(2, 'letter')).toBeCloseTo((816 - 96) * 0.56, 5);
    expect(thumbWidth(3, 'a4')).toBeLessThan(thumbWidth(2, 'a4'));
  });

  it('a grid of two columns for 4 and 6, each thumbnail within its column and its row', () => {
    for (const n of [4, 6] as const) {
      const w = thumbWidth(n, 'a4');
      expect(w).toBeLessThanOrEqual((PAPER.a4.width - 96 - 20) / 2);
      expect(w).toBeGreaterThan(0);
    }
    expect(thumbWidth(6, 'a4')).toBeLessThanOrEqual(thumbWidth(4, 'a4'));
    expect(thumbWidth(4, 'a4', 4 / 3)).toBeLessThanOrEqual(thumbWidth(4, 'a4', 16 / 9));
  });

  it('counts pages, the last one partly filled', () => {
    expect(handoutPageCount(10, 3)).toBe(4);
    expect(handoutPageCount(12, 6)).toBe(2);
    expect(handoutPageCount(1, 1)).toBe(1);
  });
});
