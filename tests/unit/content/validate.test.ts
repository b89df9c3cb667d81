import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck, type Deck } from '../../../src/content/validate.ts';
import { incrementalParser } from '../../../src/util/yaml-splice.ts';
import { brief, lines, problemsOf } from '../_support.ts';

const known = { layouts: builtinLayouts, themes: ['pytorch'] };
const validate = (text: string): Deck => validateDeck(parseYaml(text, 'deck.yaml'), known);
const problems = (text: string) => problemsOf(() => validate(text)).map(brief);
const data = (deck: Deck, i: number) => deck.slides[i]!.data as Record<string, unknown>;
const KNOWN_LAYOUTS_HINT = `known layouts: ${builtinLayouts.join(', ')}`;

describe('validateDeck: a valid deck', () => {
  const text = lines(
    'title: Every layout',       // 1
    'slides:',                   // 2
    '  - layout: title',         // 3
    '    title: Hello',
    '  - layout: section',       // 5
    '    title: Part 1',
    '  - layout: bullets',       // 7
    '    title: Points',
    '    items: [a, [b, c], d]',
    '  - layout: timeline',      // 10
    '    title: History',
    '    events:',
    '      - when: 2016',
    '        label: Torch',
    '  - layout: cards',         // 15
    '    title: Cards',
    '    cards:',
    '      - title: One',
    '  - layout: quote',         // 19
    '    quote: Q',
    '  - layout: two-column',    // 21
    '    title: Two',
    '    left: L',
    '    right: R',
    '  - layout: image',         // 25
    '    src: pic.png',
    '    alt: A picture',
    '  - layout: code',          // 28
    '    lang: python',
    '    code: x = 1',
    '  - layout: markdown',      // 31
    '    body: Some *text*',
    '  - layout: closing',       // 33
    '    title: Thanks',
    '  - layout: diagram',       // 35
    '    mermaid: flowchart LR',
    '  - layout: chart',         // 37
    '    chart: { mark: bar }',
    '    data: [{ a: 1 }]',
    '    alt: One bar',
  );

  it('passes with every built-in layout, returning numbered slides with positions', () => {
    const deck = validate(text);
    expect(deck.slides.map((s) => s.layout)).toEqual([
      'title', 'section', 'bullets', 'timeline', 'cards', 'quote', 'two-column', 'image', 'code', 'markdown', 'closing', 'diagram', 'chart',
    ]);
    // the visual layouts (statement, stats, columns, gallery) are validated in tests/unit/content/visual-schema.test.ts
    expect(new Set([...deck.slides.map((s) => s.layout), 'statement', 'stats', 'columns', 'gallery'])).toEqual(new Set(builtinLayouts));
    expect(deck.slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(deck.slides.map((s) => s.pos.line)).toEqual([3, 5, 7, 10, 15, 19, 21, 25, 28, 31, 33, 35, 37]);
    expect(deck.slides[0]!.pos).toEqual({ file: 'deck.yaml', line: 3, column: 5 });
    expect(deck.slides[3]!.path).toEqual(['slides', 3]);
  });

  it('keeps the slide data typed (nested bullets, timeline labels as text)', () => {
    const deck = validate(text);
    expect(data(deck, 2).items).toEqual(['a', ['b', 'c'], 'd']);
    expect(data(deck, 3).events).toEqual([{ when: '2016', label: 'Torch' }]);
  });

  it('applies deck-level defaults', () => {
    const deck = validate(text);
    expect(deck).toMatchObject({ title: 'Every layout', lang: 'en', theme: 'pytorch', aspect: '16:9', allowHtml: false, reveal: {} });
  });

  it('keeps explicit deck-level settings', () => {
    const deck = validate(lines(
      'title: T', 'lang: pt-BR', 'aspect: "4:3"', 'allowHtml: true', 'date: 2024-01-15',
      'reveal:', '  transition: fade', '  slideNumber: false',
      'slides:', '  - layout: title', '    title: x',
    ));
    expect(deck).toMatchObject({ lang: 'pt-BR', aspect: '4:3', allowHtml: true, date: '2024-01-15', reveal: { transition: 'fade', slideNumber: false } });
  });

  it('accepts `when: 2016` (a YAML number) as the text "2016", also for title dates', () => {
    const deck = validate(lines(
      'title: T', 'slides:',
      '  - layout: title', '    title: x', '    date: 2016',
      '  - layout: timeline', '    title: t', '    events:', '      - when: 2016', '        label: a', '      - when: "2017"', '        label: b',
    ));
    expect(data(deck, 0).date).toBe('2016');
    expect((data(deck, 1).events as { when: unknown }[]).map((e) => e.when)).toEqual(['2016', '2017']);
  });

  it('accepts a deck-local layout (not built in) with any extra fields', () => {
    const deck = validateDeck(parseYaml(lines('title: T', 'slides:', '  - layout: fancy', '    title: x', '    whatever: 1'), 'deck.yaml'),
      { layouts: [...builtinLayouts, 'fancy'], themes: ['pytorch'] });
    expect(deck.slides[0]).toMatchObject({ number: 1, layout: 'fancy', data: { layout: 'fancy', title: 'x', whatever: 1 } });
  });
});

describe('validateDeck: problems', () => {
  it('reports a missing nested field with the exact message shape at the item position', () => {
    expect(problems(lines(
      'title: T',              // 1
      'slides:',               // 2
      '  - layout: title',     // 3
      '    title: Hi',         // 4
      '  - layout: timeline',  // 5
      '    title: History',    // 6
      '    events:',           // 7
      '      - when: 2016',    // 8
      '        label: Torch',  // 9
      '      - when: 2017',    // 10
      '        text: no label',
    ))).toEqual([{ line: 10, column: 9, message: 'slide 2 (timeline): events[1].label: is required' }]);
  });

  it('reports a missing field in a card at the card', () => {
    expect(problems(lines('title: T', 'slides:', '  - layout: cards', '    title: C', '    cards:', '      - title: ok', '      - text: no title'))).toEqual([
      { line: 7, column: 9, message: 'slide 1 (cards): cards[1].title: is required' },
    ]);
  });

  it('reports every problem at once, sorted by line', () => {
    const list = problems(lines(
      'title: T',                      // 1
      'slides:',                       // 2
      '  - layout: titel',             // 3  unknown layout
      '    title: Hi',                 // 4
      '  - layout: bullets',           // 5  items missing: because of the typo, reported once, as the typo
      '    title: B',                  // 6
      '    itmes: [a]',                // 7  unknown field
      '  - layout: quote',             // 8
      '    quote: 5',                  // 9  wrong type
      '  - layout: code',              // 10
      '    lang: py',                  // 11
      '    code: x',                   // 12
      '    highlight: "2-a"',          // 13 bad spec
      'theme: pytorh',                 // 14 unknown theme (checked before slides, but listed last)
    ));
    expect(list).toEqual([
      { line: 3, column: 13, message: 'slide 1: unknown layout "titel" (did you mean "title"?)' },
      { line: 7, column: 5, message: 'slide 2 (bullets): itmes: unknown field (did you mean "items"?)' },
      { line: 9, column: 12, message: 'slide 3 (quote): quote: expected text, got number 5' },
      { line: 13, column: 16, message: 'slide 4 (code): highlight: must be line numbers like "2-4,7"' },
      { line: 14, column: 8, message: 'theme: unknown theme "pytorh" (did you mean "pytorch"?)' },
    ]);
  });

  it('reports deck-level and slide-level problems together', () => {
    const list = problems(lines('slides:', '  - layout: quote', '    quote: [x]'));
    expect(list).toEqual([
      { line: 1, column: 1, message: 'title: is required' },
      { line: 3, column: 12, message: 'slide 1 (quote): quote: expected text, got a list' },
    ]);
  });

  it('attaches file and source text to every problem', () => {
    const text = lines('title: T', 'slides:', '  - layout: nope');
    const [p] = problemsOf(() => validate(text));
    expect(p).toMatchObject({ file: 'deck.yaml', source: text });
  });

  describe('unknown layout', () => {
    it('suggests the closest layout and lists the known ones', () => {
      const [p] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: bulets', '    title: x')));
      expect(p).toMatchObject({ line: 3, column: 13, message: 'slide 1: unknown layout "bulets" (did you mean "bullets"?)', hint: KNOWN_LAYOUTS_HINT });
    });

    it('gives no suggestion when nothing is close, but still the hint', () => {
      const [p] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: zzzzzz')));
      expect(p).toMatchObject({ message: 'slide 1: unknown layout "zzzzzz"', hint: KNOWN_LAYOUTS_HINT });
    });

    it('reports a slide without a layout, and a slide that is not a mapping', () => {
      const list = problemsOf(() => validate(lines('title: T', 'slides:', '  - title: no layout', '  - just text')));
      expect(list.map(brief)).toEqual([
        { line: 3, column: 5, message: 'slide 1: layout is required' },
        { line: 4, column: 5, message: 'slide 2: must be a mapping with a layout' },
      ]);
      expect(list[0]!.hint).toBe(KNOWN_LAYOUTS_HINT);
    });
  });

  describe('unknown fields', () => {
    it('are reported at the key with a did-you-mean and the allowed fields', () => {
      const [p] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: quote', '    quote: q', '    bye: me')));
      expect(p).toMatchObject({ line: 5, column: 5, message: 'slide 1 (quote): bye: unknown field (did you mean "by"?)' });
      expect(p!.hint).toBe('allowed here: layout, id, class, background, transition, notes, aside, footer, number, style, quote, by');
    });

    it('are reported inside list items with the item path', () => {
      const [p] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: cards', '    title: C', '    cards:', '      - title: a', '        txt: b')));
      expect(p).toMatchObject({ line: 7, column: 9, message: 'slide 1 (cards): cards[0].txt: unknown field (did you mean "text"?)', hint: 'allowed here: title, text, icon' });
    });

    it('are reported at deck level', () => {
      const [p] = problemsOf(() => validate(lines('title: T', 'authr: me', 'slides:', '  - layout: title', '    title: x')));
      expect(p).toMatchObject({ line: 2, column: 1, message: 'authr: unknown field (did you mean "author"?)' });
      expect(p!.hint).toMatch(/^allowed here: title, subtitle, author,/);
    });

    it('are reported under reveal:', () => {
      const list = problems(lines('title: T', 'reveal:', '  contrls: false', 'slides:', '  - layout: title', '    title: x'));
      expect(list).toEqual([{ line: 3, column: 3, message: 'reveal.contrls: unknown field (did you mean "controls"?)' }]);
    });

    it('quotes field names that are not identifiers', () => {
      const list = problems(lines('title: T', 'slides:', '  - layout: quote', '    quote: q', '    "a b": 1'));
      expect(list).toEqual([{ line: 5, column: 5, message: 'slide 1 (quote): "a b": unknown field' }]);
    });
  });

  it('reports an unknown theme with the known themes', () => {
    const [p] = problemsOf(() => validate(lines('title: T', 'theme: solarized', 'slides:', '  - layout: title', '    title: x')));
    expect(p).toMatchObject({ line: 2, column: 8, message: 'theme: unknown theme "solarized"', hint: 'known themes: pytorch' });
  });

  it('reports wrong types with what was found', () => {
    expect(problems(lines(
      'title: T',                    // 1
      'aspect: "3:2"',               // 2
      'allowHtml: "yes"',            // 3
      'slides:',                     // 4
      '  - layout: bullets',         // 5
      '    title: [a]',              // 6
      '    items: [ok, 3]',          // 7
      '    fragments: 1',            // 8
      '  - layout: section',         // 9
      '    title:',                  // 10
      '    transition: spin',        // 11
    ))).toEqual([
      { line: 2, column: 9, message: 'aspect: must be one of "16:9", "4:3", got "3:2" (did you mean "4:3"?)' },
      { line: 3, column: 12, message: 'allowHtml: expected true or false, got string "yes"' },
      { line: 6, column: 12, message: 'slide 1 (bullets): title: expected text, got a list' },
      { line: 7, column: 17, message: 'slide 1 (bullets): items[1]: expected text or a list, got number 3' },
      { line: 8, column: 16, message: 'slide 1 (bullets): fragments: expected true or false, got number 1' },
      { line: 10, column: 11, message: 'slide 2 (section): title: expected text, got nothing (null)' },
      { line: 11, column: 17, message: 'slide 2 (section): transition: must be one of "none", "fade", "slide", "convex", "concave", "zoom", got "spin"' },
    ]);
  });

  it('reports field format rules (id, class, lang)', () => {
    expect(problems(lines('title: T', 'lang: english!', 'slides:', '  - layout: title', '    title: x', '    id: 1abc', '    class: "a<b"'))).toEqual([
      { line: 2, column: 7, message: 'lang: must be a language tag like "en" or "pt-BR"' },
      { line: 6, column: 9, message: 'slide 1 (title): id: must start with a letter and use only letters, digits, - and _' },
      { line: 7, column: 12, message: 'slide 1 (title): class: must be CSS class names' },
    ]);
  });

  it.each([['2-a'], ['two'], ['1-'], ['1,,2']])('rejects the highlight spec %j', (spec) => {
    expect(problems(lines('title: T', 'slides:', '  - layout: code', '    lang: js', '    code: x', `    highlight: "${spec}"`))).toEqual([
      { line: 6, column: 16, message: 'slide 1 (code): highlight: must be line numbers like "2-4,7"' },
    ]);
  });

  it.each([['2-4,7'], ['3'], [' 1 , 2-3 ']])('accepts the highlight spec %j', (spec) => {
    const deck = validate(lines('title: T', 'slides:', '  - layout: code', '    lang: js', '    code: "1\\n2\\n3\\n4\\n5\\n6\\n7"', `    highlight: "${spec}"`));
    expect(data(deck, 0).highlight).toBe(spec);
  });

  it('rejects highlighted lines past the end of the code, at the highlight field', () => {
    expect(problems(lines('title: T', 'slides:', '  - layout: code', '    lang: js', '    code: x', '    highlight: "1-100000000"'))).toEqual([
      { line: 6, column: 16, message: 'slide 1 (code): highlight: line 100000000 is outside the code (lines 1-1)' },
    ]);
  });

  it('rejects javascript: link URLs, as plain strings and as {label, url}', () => {
    expect(problems(lines(
      'title: T', 'slides:', '  - layout: closing', '    title: Bye', '    links:',
      '      - javascript:alert(1)',     // 6
      '      - label: x',                // 7
      '        url: javascript:alert(1)', // 8
    ))).toEqual([
      { line: 6, column: 9, message: 'slide 1 (closing): links[0]: must be an http(s), mailto, or relative link' },
      { line: 8, column: 14, message: 'slide 1 (closing): links[1].url: must be an http(s), mailto, or relative link' },
    ]);
  });

  it('accepts http(s), mailto, relative and anchor links', () => {
    const deck = validate(lines(
      'title: T', 'slides:', '  - layout: closing', '    title: Bye', '    links:',
      '      - https://pytorch.org', '      - mailto:me@example.com', '      - ./notes.html', '      - "#top"', '      - label: Docs', '        url: http://x.org',
    ));
    expect((data(deck, 0).links as unknown[]).length).toBe(5);
  });

  it('reports an empty slides list', () => {
    expect(problems(lines('title: T', 'slides: []'))).toEqual([{ line: 2, column: 9, message: 'slides: a deck needs at least one slide' }]);
  });

  it('reports missing slides and slides that are not a list', () => {
    expect(problems(lines('title: T'))).toEqual([{ line: 1, column: 1, message: 'slides: is required' }]);
    expect(problems(lines('title: T', 'slides: nope'))).toEqual([{ line: 2, column: 9, message: 'slides: expected a list, got string "nope"' }]);
  });

  it.each([
    ['a list', lines('- a', '- b')],
    ['a scalar', lines('hello')],
    ['an empty document', ''],
  ])('refuses a document that is %s', (_what, text) => {
    const [p, ...rest] = problemsOf(() => validate(text));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ line: 1, column: 1, message: 'deck.yaml must be a mapping with title and slides', hint: 'start from `podium new <name>`' });
  });

  it('enforces list sizes (timeline at most 12 events, bullets at least one item)', () => {
    const events = Array.from({ length: 13 }, (_, i) => `{when: ${i}, label: l}`).join(', ');
    const [tooMany] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: timeline', '    title: x', `    events: [${events}]`)));
    expect(tooMany).toMatchObject({ line: 5, column: 13 });
    expect(tooMany!.message).toMatch(/^slide 1 \(timeline\): events: .*12/);
    const [empty] = problemsOf(() => validate(lines('title: T', 'slides:', '  - layout: bullets', '    title: x', '    items: []')));
    expect(empty).toMatchObject({ line: 5, column: 12 });
    expect(empty!.message).toMatch(/^slide 1 \(bullets\): items: /);
  });
});

// One minimal valid slide per layout, and the same slide without one required field.
// Each slide starts on line 3 of the deck (after `title:` and `slides:`).
const minimal: Record<string, { slide: string[]; drop: string; message: string; at: [number, number] }> = {
  title: { slide: ['title: Hello'], drop: 'title', message: 'title: is required', at: [3, 5] },
  section: { slide: ['title: Part'], drop: 'title', message: 'title: is required', at: [3, 5] },
  bullets: { slide: ['title: B', 'items: [a]'], drop: 'items', message: 'items: is required', at: [3, 5] },
  timeline: { slide: ['title: T', 'events:', '  - when: 2016', '    label: Torch'], drop: '    label', message: 'events[0].label: is required', at: [6, 9] },
  cards: { slide: ['title: C', 'cards: [{title: One}]'], drop: 'cards', message: 'cards: is required', at: [3, 5] },
  quote: { slide: ['quote: Q'], drop: 'quote', message: 'quote: is required', at: [3, 5] },
  'two-column': { slide: ['title: T', 'left: L', 'right: R'], drop: 'right', message: 'right: is required', at: [3, 5] },
  image: { slide: ['src: pic.png', 'alt: A picture'], drop: 'alt', message: 'alt: is required', at: [3, 5] },
  code: { slide: ['lang: python', 'code: x = 1'], drop: 'lang', message: 'lang: is required', at: [3, 5] },
  markdown: { slide: ['body: Hello'], drop: 'body', message: 'body: is required', at: [3, 5] },
  closing: { slide: ['title: Thanks'], drop: 'title', message: 'title: is required', at: [3, 5] },
  diagram: { slide: ['mermaid: flowchart LR'], drop: 'mermaid', message: 'mermaid: is required', at: [3, 5] },
  chart: { slide: ['chart: { mark: bar }', 'data: [{ a: 1 }]', 'alt: One bar'], drop: 'alt', message: 'alt: is required', at: [3, 5] },
  statement: { slide: ['text: One line.'], drop: 'text', message: 'text: is required', at: [3, 5] },
  stats: { slide: ['items: [{ value: "2×", label: faster }]'], drop: 'items', message: 'items: is required', at: [3, 5] },
  columns: { slide: ['columns: [{ body: a }, { body: b }]'], drop: 'columns', message: 'columns: is required', at: [3, 5] },
  gallery: { slide: ['images: [{ src: a.png, alt: A }, { src: b.png, alt: B }]'], drop: 'images', message: 'images: is required', at: [3, 5] },
};

describe.each(Object.entries(minimal))('layout schema: %s', (layout, c) => {
  const deckWith = (fields: string[]) => lines('title: T', 'slides:', `  - layout: ${layout}`, ...fields.map((f) => `    ${f}`));

  it('accepts a minimal slide', () => {
    const deck = validate(deckWith(c.slide));
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]).toMatchObject({ number: 1, layout, pos: { line: 3, column: 5 } });
  });

  it(`reports the missing required field (${c.drop.trim().replace(/^- /, '')})`, () => {
    const fields = c.slide.filter((f) => !f.startsWith(c.drop));
    expect(fields.length).toBe(c.slide.length - 1);
    expect(problems(deckWith(fields))).toEqual([{ line: c.at[0], column: c.at[1], message: `slide 1 (${layout}): ${c.message}` }]);
  });
});

it('covers every built-in layout in the per-layout schema tests', () => {
  expect(Object.keys(minimal).sort()).toEqual([...builtinLayouts].sort());
});

// Validation after a one-slide re-parse (src/util/yaml-splice.ts): the slides whose parsed objects were kept
// are not validated again, yet every problem — of the edited slide or of one that only became invalid because
// the known layouts changed — is reported at the position a full parse gives.
const TEXT = lines(
  'title: Talk',
  'slides:',
  '  - layout: title',
  '    title: Hello',
  '  - layout: bullets',
  '    title: Points',
  '    items: [a, b]',
  '  - layout: section',
  '    title: Part 2',
);

describe('validateDeck after a one-slide re-parse', () => {
  it('gives the kept slides their earlier valid data, and validates the edited one', () => {
    const parse = incrementalParser();
    const first = validateDeck(parse(TEXT, 'deck.yaml'), known);
    const next = validateDeck(parse(TEXT.replace('title: Points', 'title: Edited'), 'deck.yaml'), known);
    expect(next.slides.map((s) => s.data === first.slides[s.number - 1]!.data)).toEqual([true, false, true]);
    expect(next.slides[1]!.data).toMatchObject({ title: 'Edited', items: ['a', 'b'] });
    expect(next.slides[2]!.pos).toMatchObject({ line: 8, column: 5 });
  });

  it('reports a problem in the edited slide, and positions below an edit that added lines, as a full parse does', () => {
    const parse = incrementalParser();
    validateDeck(parse(TEXT, 'deck.yaml'), known);
    const bad = TEXT.replace('    title: Hello\n', '    title: Hello\n    subtitle: Sub\n    itmes: [x]\n');
    const spliced = problemsOf(() => validateDeck(parse(bad, 'deck.yaml'), known)).map(brief);
    expect(spliced).toEqual(problemsOf(() => validateDeck(parseYaml(bad, 'deck.yaml'), known)).map(brief));
    expect(spliced[0]).toMatchObject({ line: 6, column: 5 });
    const fixed = validateDeck(parse(bad.replace('    itmes: [x]\n', ''), 'deck.yaml'), known);
    expect(fixed.slides.map((s) => s.pos.line)).toEqual([3, 6, 9]);
  });

  it('checks a kept slide again when the known layouts change', () => {
    const parsed = parseYaml(TEXT, 'deck.yaml');
    validateDeck(parsed, known);
    const problems = problemsOf(() => validateDeck(parsed, { ...known, layouts: builtinLayouts.filter((l) => l !== 'section') }));
    expect(problems.map(brief)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/unknown layout "section"/) })]);
  });
});
