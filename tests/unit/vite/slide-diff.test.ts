// The dev server sends an open page only the slides that changed since the version it shows (src/vite/slide-diff.ts).
import { describe, expect, it } from 'vitest';
import { SentSlides } from '../../../src/vite/slide-diff.ts';

const slide = (n: number, line: number, body: string) => `<section class="podium-slide" data-podium-slide="${n}" data-line="${line}">\n  <h1>${body}</h1>\n</section>`;
const deck = (...bodies: string[]) => bodies.map((b, i) => slide(i + 1, 3 + 4 * i, b));

describe('SentSlides', () => {
  it('sends only the changed slide, on top of the version the page was served', () => {
    const sent = new SentSlides();
    const first = deck('A', 'B', 'C');
    expect(sent.serve(first)).toBe(1);
    expect(sent.serve(first)).toBe(1); // the same slides: the same version
    const update = sent.next(deck('A', 'B, edited', 'C'));
    expect(update).toEqual({ version: 2, base: 1, count: 3, slides: [{ i: 1, html: slide(2, 7, 'B, edited') }] });
  });

  it('sends only the opening tag of a slide whose content is the same (moved down by an edit above it)', () => {
    const sent = new SentSlides();
    sent.serve([slide(1, 3, 'A'), slide(2, 7, 'B')]);
    const update = sent.next([slide(1, 3, 'A<br>more'), slide(2, 9, 'B')]);
    expect(update.slides).toEqual([
      { i: 0, html: slide(1, 3, 'A<br>more') },
      { i: 1, open: '<section class="podium-slide" data-podium-slide="2" data-line="9">' },
    ]);
  });

  it('sends nothing but the new version when no slide changed (the page still clears its error overlay)', () => {
    const sent = new SentSlides();
    sent.serve(deck('A'));
    expect(sent.next(deck('A'))).toEqual({ version: 2, base: 1, count: 1, slides: [] });
  });

  it('sends every slide when their number changed, and to a page that asks again', () => {
    const sent = new SentSlides();
    sent.serve(deck('A', 'B'));
    const added = sent.next(deck('A', 'New', 'B'));
    expect(added.base).toBeUndefined();
    expect(added.slides.map((p) => ('html' in p ? p.html : p.open))).toEqual(deck('A', 'New', 'B'));
    sent.next(deck('A', 'New!', 'B'));
    expect(sent.current()).toEqual({ version: 3, count: 3, slides: deck('A', 'New!', 'B').map((html, i) => ({ i, html })) });
  });

  it('gives a page served slides that were never sent a new version, so older pages ask for every slide', () => {
    const sent = new SentSlides();
    sent.serve(deck('A'));
    expect(sent.serve(deck('A', 'B'))).toBe(2);
    expect(sent.next(deck('A', 'C')).base).toBe(2);
  });
});
