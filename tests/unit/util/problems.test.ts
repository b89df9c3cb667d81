// The one problem collector (src/util/problems.ts).
import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../src/errors.ts';
import { collecting, Problems } from '../../../src/util/problems.ts';
import { catchDeckError } from '../_support.ts';

describe('Problems', () => {
  it('orders deck.yaml first by line and column, then each other file by line, in the order files were first reported', () => {
    const p = new Problems();
    p.add({ file: 'theme/theme.yaml', line: 5, column: 1, message: 'font' });
    p.add({ file: 'deck.yaml', line: 9, column: 3, message: 'image' });
    p.add({ file: 'theme/theme.css', line: 1, column: 1, message: 'url' });
    p.add({ file: 'deck.yaml', line: 2, column: 8, message: 'theme' });
    p.add({ file: 'theme/theme.yaml', line: 2, column: 1, message: 'colours' });
    p.add({ file: 'deck.yaml', line: 9, column: 1, message: 'layout' });
    expect(p.sorted('deck.yaml').map((x) => x.message)).toEqual(['theme', 'layout', 'image', 'colours', 'font', 'url']);
  });

  it('keeps the order of problems at the same position', () => {
    const p = new Problems();
    p.add({ file: 'a', line: 1, column: 1, message: 'first' }, { file: 'a', line: 1, column: 1, message: 'second' });
    expect(p.sorted('a').map((x) => x.message)).toEqual(['first', 'second']);
  });

  it('attempt: a DeckError\'s problems join the list, a bug keeps its stack', () => {
    const p = new Problems();
    expect(p.attempt(() => { throw new DeckError([{ message: 'a' }, { message: 'b' }]); })).toBeUndefined();
    expect(p.attempt(() => 42)).toBe(42);
    expect(p.size).toBe(2);
    expect(() => p.attempt(() => { throw new TypeError('bug'); })).toThrow(TypeError);
  });

  it('throwIfAny throws one DeckError with all of them, and nothing when there are none', () => {
    const p = new Problems();
    expect(() => p.throwIfAny()).not.toThrow();
    p.add({ file: 'x', line: 3, message: 'late' }, { file: 'x', line: 1, message: 'early' });
    expect(catchDeckError(() => p.throwIfAny('x')).problems.map((x) => x.message)).toEqual(['early', 'late']);
  });

  it('collecting: the stage\'s result, or its problems as one DeckError', () => {
    expect(collecting(() => 'ok')).toBe('ok');
    expect(catchDeckError(() => collecting((p) => { p.add({ message: 'one' }); p.add({ message: 'two' }); return 'partial'; })).problems).toHaveLength(2);
  });
});
