// The visual fields and layouts: valid forms pass; every mistake is reported at its line with "did you mean".
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck, type Deck } from '../../../src/content/validate.ts';
import { brief, lines, problemsOf } from '../_support.ts';

const validate = (text: string): Deck => validateDeck(parseYaml(text, 'deck.yaml'), { layouts: builtinLayouts, themes: ['pytorch'] });
const problems = (text: string) => problemsOf(() => validate(text)).map(brief);
const deck = (...slide: string[]) => lines('title: T', 'slides:', ...slide);

describe('visual fields and layouts', () => {
  it('accept every documented form', () => {
    const d = validate(deck(
      '  - layout: bullets',                                                                  // 3
      '    title: A',
      '    items: [a]',
      '    background: { image: ./img/car.jpg, fit: cover, position: center, dim: 0.45, tone: auto }',
      '    aside: { image: ./img/car.jpg, side: left, width: 40%, fit: cover, alt: "An old car" }',
      '    footer: false',
      '    number: false',
      '    style: |',
      '      .slide-title { color: red; }',
      '  - layout: section',
      '    title: S',
      '    background: { color: "#101820" }',
      '  - layout: quote',
      '    quote: Q',
      '    background: { image: ./img/texture.png, fit: auto, repeat: true, opacity: 0.2 }',
      '  - layout: image',
      '    src: a.png',
      '    alt: A',
      '    fit: cover',
      '    width: 60%',
      '  - layout: statement',
      '    text: One sentence.',
      '    kicker: K',
      '    small: S',
      '  - layout: stats',
      '    items: [{ value: "2×", label: faster }, { value: 2016, label: first release, note: n }]',
      '  - layout: columns',
      '    columns: [{ title: A, body: a }, { body: b }, { body: c }]',
      '  - layout: gallery',
      '    fit: cover',
      '    images: [{ src: a.png, alt: A }, { src: b.png, alt: B, caption: C }]',
    ));
    expect(d.slides.map((s) => s.layout)).toEqual(['bullets', 'section', 'quote', 'image', 'statement', 'stats', 'columns', 'gallery']);
    expect((d.slides[5]!.data as { items: { value: string }[] }).items[1]!.value).toBe('2016');
  });

  it('report a misspelt fit with a suggestion, at its column', () => {
    expect(problems(deck('  - layout: section', '    title: S', '    background: { image: a.jpg, fit: cove }'))).toEqual([
      { line: 5, column: 38, message: 'slide 1 (section): background.fit: must be one of "cover", "contain", "auto", got "cove" (did you mean "cover"?)' },
    ]);
  });

  it('report an aside wider than 70% at its line, and its missing alt', () => {
    expect(problems(deck('  - layout: section', '    title: S', '    aside:', '      image: a.jpg', '      width: 140%'))).toEqual([
      { line: 6, column: 7, message: 'slide 1 (section): aside.alt: is required' },
      { line: 7, column: 14, message: 'slide 1 (section): aside.width: must be between 20% and 70%' },
    ]);
  });

  it('report a gallery image without alt, a background with neither image nor colour, an unknown field', () => {
    expect(problems(deck(
      '  - layout: gallery',                         // 3
      '    images: [{ src: a.png }, { src: b.png, alt: B }]',
      '  - layout: section',                         // 5
      '    title: S',
      '    background: { dim: 0.3 }',
      '    asdie: { image: a.png, alt: A }',
    ))).toEqual([
      { line: 4, column: 14, message: 'slide 1 (gallery): images[0].alt: is required' },
      { line: 7, column: 17, message: 'slide 2 (section): background: needs an image or a color' },
      { line: 8, column: 5, message: 'slide 2 (section): asdie: unknown field (did you mean "aside"?)' },
    ]);
  });

  it('bound the layouts: stats 1–4, columns 2–4, gallery 2–6, a statement of one sentence', () => {
    const msgs = problems(deck(
      '  - layout: stats', '    items: []',
      '  - layout: columns', '    columns: [{ body: a }]',
      '  - layout: gallery', '    images: [{ src: a.png, alt: A }]',
      '  - layout: statement', `    text: "${'word '.repeat(60)}"`,
    )).map((p) => p.message);
    expect(msgs).toEqual([
      'slide 1 (stats): items: needs at least 1 item',
      'slide 2 (columns): columns: needs at least 2 items',
      'slide 3 (gallery): images: needs at least 2 items',
      'slide 4 (statement): text: a statement is one sentence: at most 280 characters (use bullets or markdown for more)',
    ]);
  });
});
