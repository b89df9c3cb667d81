import { describe, expect, it } from 'vitest';
import { firstWords } from '../../../src/util/words.ts';

describe('firstWords', () => {
  it('keeps a short text whole and cuts a long one with an ellipsis', () => {
    expect(firstWords('  one   two three ')).toBe('one two three');
    expect(firstWords('a b c d e f g h i')).toBe('a b c d e f g…');
    expect(firstWords('a b c', 2)).toBe('a b…');
    expect(firstWords('')).toBe('');
  });
});
