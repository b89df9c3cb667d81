// The one line index: offsets → 1-based line and column.
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../../src/util/line-index.ts';

describe('lineIndex', () => {
  const text = 'ab\ncde\n\nf';

  it('finds each line\'s start', () => {
    expect(lineIndex(text).starts).toEqual([0, 3, 7, 8]);
    expect(lineIndex('').starts).toEqual([0]);
  });

  it('maps an offset to its line and column, a newline to the end of its own line', () => {
    const { at } = lineIndex(text);
    expect(at(0)).toEqual({ line: 1, col: 1 });
    expect(at(2)).toEqual({ line: 1, col: 3 }); // the "\n" ending line 1
    expect(at(3)).toEqual({ line: 2, col: 1 });
    expect(at(7)).toEqual({ line: 3, col: 1 }); // the empty line
    expect(at(8)).toEqual({ line: 4, col: 1 });
  });

  it('clamps offsets outside the text to its first or last position', () => {
    const { at } = lineIndex(text);
    expect(at(-5)).toEqual({ line: 1, col: 1 });
    expect(at(999)).toEqual({ line: 4, col: 2 });
  });

  it('gives the same index for the same text, a new one for another', () => {
    const a = lineIndex('x\ny');
    expect(lineIndex('x\ny')).toBe(a);
    expect(lineIndex('x\nyz')).not.toBe(a);
  });
});
