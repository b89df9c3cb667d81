// The spans of deck.yaml's slides (what the dev server's one-slide re-parse splices) and locating nodes.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { locator, spansOf } from '../../../src/util/yaml-spans.ts';
import { lines } from '../_support.ts';

const TEXT = lines(
  'title: Talk',
  'slides:',
  '  - layout: title',
  '    title: Hello',
  '  - layout: bullets',
  '    items:',
  '      - one',
  '      - two',
  'theme: pytorch',
);

describe('spansOf', () => {
  it('gives each slide its lines, from its dash to the next item, and the column of the dashes', () => {
    const s = spansOf(parseDocument(TEXT), TEXT);
    const lineOf = (offset: number) => TEXT.slice(0, offset).split('\n').length;
    expect(s.slides.map((x) => [lineOf(x.start), lineOf(x.end)])).toEqual([[3, 5], [5, 9]]);
    expect(s.indent).toBe(2);
    expect(TEXT.slice(s.seqEnd).startsWith('theme:')).toBe(true);
  });

  it('has no slide spans where a slide cannot be parsed alone: flow lists, aliases, directives', () => {
    for (const text of [
      'slides: [{ layout: title, title: A }]\n',
      'a: &x { layout: title, title: A }\nslides:\n  - *x\n',
      '%YAML 1.2\n---\nslides:\n  - layout: title\n    title: A\n',
    ]) expect(spansOf(parseDocument(text), text).slides, text).toEqual([]);
  });
});

describe('locator', () => {
  it('finds a field inside a slide, a key, a list item, and the nearest parent of a missing path', () => {
    const loc = locator(spansOf(parseDocument(TEXT), TEXT), 'deck.yaml', TEXT);
    expect(loc.locate(['slides', 0, 'title'])).toEqual({ file: 'deck.yaml', line: 4, column: 12 });
    expect(loc.locate(['slides', 1, 'items'], { key: true })).toEqual({ file: 'deck.yaml', line: 6, column: 5 });
    expect(loc.locate(['slides', 1, 'items', 1])).toEqual({ file: 'deck.yaml', line: 8, column: 9 });
    expect(loc.locate(['slides', 1, 'nope'])).toMatchObject({ line: 5, column: 5 });
    expect(loc.locate(['theme'])).toMatchObject({ line: 9, column: 8 });
    expect(loc.locateIn(['slides', 0, 'title'], 2)).toMatchObject({ line: 4, column: 14 });
  });
});
