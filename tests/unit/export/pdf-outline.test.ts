// The PDF outline: one entry per slide, sections at the top level holding the slides after them.
import { describe, expect, it } from 'vitest';
import { outlineObjects } from '../../../src/export/pdf-outline.ts';

const text = (s: string) => `(${s})`;

describe('outlineObjects', () => {
  it('nests slides under the section before them, each pointing at its page', () => {
    const { objects, root } = outlineObjects([
      { title: 'Intro', page: 0, top: true }, { title: 'Part', page: 1, top: true }, { title: 'A', page: 2, top: false }], [10, 11, 12], 50, text);
    const byNum = new Map(objects);
    expect(root).toBe(50);
    expect(byNum.get(50)).toBe('<</Type /Outlines /First 51 0 R /Last 52 0 R /Count 3>>');
    expect(byNum.get(51)).toBe('<</Title (Intro) /Parent 50 0 R /Dest [10 0 R /Fit] /Next 52 0 R>>');
    expect(byNum.get(52)).toBe('<</Title (Part) /Parent 50 0 R /Dest [11 0 R /Fit] /Prev 51 0 R /First 53 0 R /Last 53 0 R /Count 1>>');
    expect(byNum.get(53)).toBe('<</Title (A) /Parent 52 0 R /Dest [12 0 R /Fit]>>');
  });

  it('puts slides before any section at the top level, and clamps pages past the end', () => {
    const { objects } = outlineObjects([{ title: 'A', page: 0, top: false }, { title: 'B', page: 9, top: false }], [7, 8], 1, text);
    expect(new Map(objects).get(1)).toBe('<</Type /Outlines /First 2 0 R /Last 3 0 R /Count 2>>');
    expect(new Map(objects).get(3)).toContain('/Dest [8 0 R /Fit]');
  });

  it('an empty outline is an empty /Outlines', () => {
    expect(outlineObjects([], [1], 5, text)).toEqual({ objects: [[5, '<</Type /Outlines /Count 0>>']], root: 5 });
  });
});
