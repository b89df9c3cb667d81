// Re-parsing one slide (src/util/yaml-splice.ts) must give exactly what a full parse gives — the same data
// and the same position for every value — and must fall back to the full parse whenever it cannot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incrementalParser, reparse } from '../../../src/util/yaml-splice.ts';
import { parseYaml, type ParsedYaml, type PathKey } from '../../../src/util/yaml.ts';

const DECK = [
  'title: Talk # the deck',
  'slides:',
  '  - layout: title',
  '    title: Hello',
  '    notes: "Line one\\n  with an escape"',
  '  # between slides',
  '  - layout: bullets',
  '    title: Points',
  '    items:',
  '      - One',
  '      - { text: Two, note: "x" }',
  '',
  '  - layout: code',
  '    code: |',
  '      def f():',
  '          return 1',
  'theme:',
  '  extends: pytorch',
  'author: Me',
  '',
].join('\n');

/** Every path in the data, containers included. */
function paths(v: unknown, p: PathKey[] = []): PathKey[][] {
  const kids = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : v && typeof v === 'object' ? Object.entries(v) : [];
  return [p, ...kids.flatMap(([k, x]) => paths(x, [...p, k]))];
}

/** The spliced parse agrees with a full parse of the same text on data and every position. */
function expectSameAsFull(spliced: ParsedYaml, text: string): void {
  const full = parseYaml(text, 'deck.yaml');
  expect(spliced.text).toBe(text);
  expect(spliced.data).toEqual(full.data);
  for (const p of [...paths(full.data), ['slides', 9, 'title'], ['nope'], ['slides', 1, 'missing']]) {
    expect(spliced.locate(p), p.join('.')).toEqual(full.locate(p));
    expect(spliced.locate(p, { key: true }), `${p.join('.')} (key)`).toEqual(full.locate(p, { key: true }));
    expect(spliced.locateIn(p, 3), `${p.join('.')}[3]`).toEqual(full.locateIn(p, 3));
  }
}

const base = () => parseYaml(DECK, 'deck.yaml');

describe('reparse', () => {
  it.each([
    ['a changed value', 'title: Points', 'title: Points, edited a lot longer'],
    ['a field added', '    title: Hello\n', '    title: Hello\n    subtitle: "New: here"\n'],
    ['a list item removed', '      - One\n', ''],
    ['an escape in a quoted string', 'with an escape', 'with \\"more\\" escapes'],
    ['the last slide, before a top-level field', '          return 1', '          return 2\n      # more'],
    ['a comment between slides', '  # between slides', '  # between the slides, longer'],
  ])('re-parses one slide for %s, with every position as a full parse gives it', (_, from, to) => {
    const text = DECK.replace(from, to);
    const spliced = reparse(base(), text);
    expect(spliced).toBeDefined();
    expectSameAsFull(spliced!, text);
  });

  it('keeps the data object of every slide it did not parse again', () => {
    const prev = base();
    const next = reparse(prev, DECK.replace('title: Points', 'title: Edited'))!;
    const [a, b, c] = (next.data as { slides: object[] }).slides;
    const old = (prev.data as { slides: object[] }).slides;
    expect([a === old[0], b === old[1], c === old[2]]).toEqual([true, false, true]);
  });

  it.each([
    ['a top-level field', 'title: Talk', 'title: Talk 2'],
    ['a field after the slides', 'author: Me', 'author: You'],
    ['two slides', DECK, DECK.replace('title: Hello', 'title: A').replace('title: Points', 'title: B')],
    ['a slide added', '  - layout: code\n', '  - layout: section\n    title: New\n  - layout: code\n'],
    ['a slide removed', '  - layout: code\n    code: |\n      def f():\n          return 1\n', ''],
    ['a line that leaves the item', '    title: Points', '  title: Points'],
    ['a top-level key typed at the end of a slide', '          return 1\n', '          return 1\nextra: 1\n'],
    ['a YAML error', 'title: Points', 'title: [Points'],
    ['an alias to an anchor elsewhere', 'title: Points', 'title: *name'],
    ['a tab indentation', '    title: Points', '    title: Points\n\t  x: 1'],
  ])('falls back to the full parse for %s', (_, from, to) => {
    expect(reparse(base(), from === DECK ? to : DECK.replace(from, to))).toBeUndefined();
  });

  it('gives back the same parse for the same text', () => {
    const prev = base();
    expect(reparse(prev, DECK)).toBe(prev);
  });

  it('does not splice a file with an alias, a flow list of slides or a directive', () => {
    for (const text of [
      DECK.replace('title: Talk', 'title: &t Talk').replace('title: Hello', 'title: *t'),
      'slides: [{ layout: title, title: A }, { layout: title, title: B }]\n',
      `%YAML 1.2\n---\n${DECK}`,
    ]) expect(reparse(parseYaml(text, 'deck.yaml'), text.replace(/title: (A|Hello)/, 'title: C'))).toBeUndefined();
  });
});

describe('reparse on random edits', () => {
  /** parseYaml's result, or 'error' when it throws. */
  const full = (text: string): ParsedYaml | 'error' => { try { return parseYaml(text, 'deck.yaml'); } catch { return 'error'; } };
  const piece = fc.constantFrom('x', ' ', '  ', '\n', '\n    ', '\n  - ', '- ', ': ', '#', '"', "'", '|', '&a ', '*a', '{', '[', '\t', 'layout: title', '\n---\n', '\r\n', '? ', '...', '!!str ', '>-\n      a');

  it('re-parses only text the full parse accepts, and then gives what it gives', () => {
    let spliced = 0;
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(100_000), fc.nat(6), piece), { minLength: 1, maxLength: 3 }), (edits) => {
      let prev = base();
      let text = DECK;
      for (const [where, cut, insert] of edits) {
        const at = where % (text.length + 1);
        text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
        const next = reparse(prev, text);
        const expected = full(text);
        if (next) {
          spliced++;
          expect(expected, JSON.stringify(text)).not.toBe('error');
          expectSameAsFull(next, text);
        }
        if (expected === 'error') return;
        prev = next ?? expected;
      }
    }), { numRuns: 300 });
    expect(spliced).toBeGreaterThan(50); // the property is not vacuous: many edits stay inside one slide
  });
});

describe('incrementalParser', () => {
  it('follows a series of edits to different slides, each as a full parse would give it', () => {
    const parse = incrementalParser();
    let text = DECK;
    parse(text, 'deck.yaml');
    const edits: Array<[string, string]> = [
      ['title: Hello', 'title: Hello there, a longer title'],
      ['      - One\n', '      - One\n      - One and a half\n'],
      ['          return 1', '          return 1 + 1'],
      ['title: Hello there, a longer title', 'title: Hi'],
      ['title: Talk', 'title: Talk, renamed'], // a full parse, then splices from it again
      ['title: Points', 'title: Points again'],
    ];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      expectSameAsFull(parse(text, 'deck.yaml'), text);
    }
  });

  it('reports a YAML error with its position, and carries on from the last good parse', () => {
    const parse = incrementalParser();
    parse(DECK, 'deck.yaml');
    expect(() => parse(DECK.replace('title: Points', 'title: [Points'), 'deck.yaml')).toThrow(/YAML/);
    const text = DECK.replace('title: Points', 'title: Fixed');
    expectSameAsFull(parse(text, 'deck.yaml'), text);
  });
});
