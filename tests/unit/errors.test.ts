import { describe, expect, it } from 'vitest';
import { codeFrame, DeckError, fail, formatDeckError, formatHeadline, formatProblem, isDeckError, type Problem } from '../../src/errors.ts';

const source = ['title: T', 'slides:', '  - layout: titel', '    title: x', ''].join('\n');
const unknownLayout: Problem = {
  file: 'slides/talk/deck.yaml', line: 3, column: 13, source,
  message: 'slide 1: unknown layout "titel" (did you mean "title"?)', hint: 'known layouts: title, section',
};

describe('formatHeadline', () => {
  it('is "file:line:col  message"', () => {
    expect(formatHeadline(unknownLayout)).toBe('slides/talk/deck.yaml:3:13  slide 1: unknown layout "titel" (did you mean "title"?)');
  });

  it('defaults the column to 1, drops the position without a line, and is just the message without a file', () => {
    expect(formatHeadline({ file: 'f.yaml', line: 2, message: 'm' })).toBe('f.yaml:2:1  m');
    expect(formatHeadline({ file: 'f.yaml', message: 'm' })).toBe('f.yaml  m');
    expect(formatHeadline({ message: 'm' })).toBe('m');
  });
});

describe('codeFrame', () => {
  it('marks the line with > and the column with ^', () => {
    const frame = codeFrame(unknownLayout);
    const rows = frame.split('\n');
    expect(rows.filter((r) => r.startsWith('>'))).toEqual(['> 3 |   - layout: titel']);
    const caret = rows[rows.findIndex((r) => r.startsWith('>')) + 1]!;
    expect(caret.indexOf('^') - caret.indexOf('|')).toBe(2 + 12); // "| " then 12 characters before column 13
    expect(frame).toContain('  1 | title: T');
    expect(frame).toContain('  4 |     title: x');
  });

  it('is empty without source or line', () => {
    expect(codeFrame({ message: 'm', line: 1 })).toBe('');
    expect(codeFrame({ message: 'm', source: 'a' })).toBe('');
  });

  it('has no colour codes unless asked', () => {
    expect(codeFrame(unknownLayout)).not.toMatch(/\u001b\[/);
  });
});

describe('formatProblem', () => {
  it('is headline, code frame, then hint', () => {
    const out = formatProblem(unknownLayout);
    const headline = out.indexOf('slides/talk/deck.yaml:3:13  slide 1: unknown layout');
    const marker = out.indexOf('> 3 |');
    const hint = out.indexOf('  hint: known layouts: title, section');
    expect(headline).toBe(0);
    expect(marker).toBeGreaterThan(headline);
    expect(hint).toBeGreaterThan(marker);
    expect(out.endsWith('  hint: known layouts: title, section')).toBe(true);
  });

  it('is only the headline for a bare problem', () => {
    expect(formatProblem({ message: 'no deck "x"' })).toBe('no deck "x"');
  });
});

describe('formatDeckError', () => {
  it('formats a single problem without a count', () => {
    const out = formatDeckError(new DeckError(unknownLayout));
    expect(out).toBe(formatProblem(unknownLayout));
    expect(out).not.toMatch(/problems found/);
  });

  it('formats several problems, separated by a blank line, and counts them', () => {
    const second: Problem = { file: 'slides/talk/deck.yaml', line: 4, column: 5, source, message: 'slide 1 (title): bad' };
    const third: Problem = { message: 'something else' };
    const out = formatDeckError(new DeckError([unknownLayout, second, third]));
    expect(out.split('\n\n')).toEqual([formatProblem(unknownLayout), formatProblem(second), 'something else', '3 problems found.']);
    expect(out).toContain('slides/talk/deck.yaml:4:5  slide 1 (title): bad');
    expect(out).toMatch(/^> 4 \|     title: x$/m);
    expect(out).toContain('  hint: known layouts: title, section');
  });
});

describe('DeckError', () => {
  it('has one headline per line as its message, the problems, and exit code 1 by default', () => {
    const e = new DeckError([unknownLayout, { message: 'second' }]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DeckError');
    expect(e.message).toBe('slides/talk/deck.yaml:3:13  slide 1: unknown layout "titel" (did you mean "title"?)\nsecond');
    expect(e.problems).toHaveLength(2);
    expect(e.exitCode).toBe(1);
    expect(new DeckError({ message: 'm' }, 2).exitCode).toBe(2);
  });

  it('fail() throws a DeckError with position and hint', () => {
    let caught: unknown;
    try {
      fail('boom', { file: 'x.yaml', line: 2, column: 3 }, 'try this');
    } catch (e) {
      caught = e;
    }
    expect(isDeckError(caught)).toBe(true);
    expect((caught as DeckError).problems).toEqual([{ message: 'boom', hint: 'try this', file: 'x.yaml', line: 2, column: 3 }]);
  });

  it('isDeckError is false for other errors', () => {
    expect(isDeckError(new Error('x'))).toBe(false);
    expect(isDeckError({ problems: [] })).toBe(false);
  });
});
