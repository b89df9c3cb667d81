// Authoring findings of `podium check` that need no browser.
import { describe, expect, it } from 'vitest';
import { authoringFindings, NOTES_PAGE_WORDS } from '../../../src/check/authoring.ts';
import type { Slide } from '../../../src/content/validate.ts';

describe('check: notes longer than the PDF notes page', () => {
  const slide = (notes: string): Slide => ({ number: 1, layout: 'bullets', data: { notes } as Slide['data'], pos: { line: 1, column: 1 } as Slide['pos'], path: [] });
  it(`warns above ${NOTES_PAGE_WORDS} words, not below`, () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(authoringFindings([slide(words(NOTES_PAGE_WORDS))])).toEqual([]);
    const [f] = authoringFindings([slide(words(NOTES_PAGE_WORDS + 20))]);
    expect(f).toMatchObject({ rule: 'notes-long', severity: 'warning', message: expect.stringContaining('smaller type') });
  });
});
