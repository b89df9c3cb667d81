// "did you mean …" suggestions.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../../src/util/suggest.ts';

describe('closest / didYouMean', () => {
  const layouts = ['title', 'bullets', 'timeline', 'two-column'];

  it('suggests the nearest candidate, ignoring case', () => {
    expect(closest('bulets', layouts)).toBe('bullets');
    expect(closest('TITLE', layouts)).toBe('title');
    expect(didYouMean('timelin', layouts)).toBe(' (did you mean "timeline"?)');
  });

  it('suggests nothing when nothing is near (at most 2 edits, or a third of the word)', () => {
    expect(closest('xyz', layouts)).toBeUndefined();
    expect(closest('bxllxts', layouts)).toBe('bullets');      // 2 edits
    expect(closest('bxxlxts', layouts)).toBeUndefined();      // 3 edits in 7 letters
    expect(closest('anything', [])).toBeUndefined();
    expect(didYouMean('xyz', layouts)).toBe('');
  });
});
