// Stage px ↔ PowerPoint inches and points.
import { describe, expect, it } from 'vitest';
import { columns, frameFor, inches, place, points } from '../../../../src/export/pptx/geometry.ts';

describe('geometry', () => {
  it('a 10 in wide slide at the stage\'s proportions', () => {
    expect(frameFor('16:9')).toEqual({ aspect: '16:9', width: 1920, height: 1080, wIn: 10, hIn: 5.625 });
    expect(frameFor('4:3')).toMatchObject({ width: 1440, height: 1080, wIn: 10, hIn: 7.5 });
  });

  it('converts px to inches and type sizes to points (one decimal)', () => {
    const f = frameFor('16:9');
    expect(inches(f, 1920)).toBe(10);
    expect(inches(f, 192)).toBe(1);
    expect(points(f, 76)).toBe(28.5);
    expect(place(f, { x: 192, y: 96, w: 960, h: 0 })).toEqual({ x: 1, y: 0.5, w: 5, h: 0 });
  });

  it('splits a box into columns with gaps between them', () => {
    expect(columns({ x: 100, y: 50, w: 1000, h: 200 }, 3, 50)).toEqual([
      { x: 100, y: 50, w: 300, h: 200 }, { x: 450, y: 50, w: 300, h: 200 }, { x: 800, y: 50, w: 300, h: 200 }]);
  });
});
