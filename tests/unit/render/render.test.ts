// Rendering: one slide per layout, slide attributes, notes and escaping, the deck shell.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { resolveDeck, type ResolvedDeck } from '../../../src/content/resolve.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { renderDeck, renderSlides, revealConfig } from '../../../src/render/render.ts';
import { loadTemplates, type TemplateSet } from '../../../src/render/templates.ts';
import { catchDeckError, lines, TINY_IMAGE, useTempDirs } from '../_support.ts';
import { directDeck, dom, only, text } from './_render.ts';

const tempDir = useTempDirs();

/** deck.yaml text (+ files) in a temp folder → parse → validate → resolve, like the pipeline does. */
function prepareDeck(text: string, files: Record<string, string> = {}, templates?: TemplateSet): ResolvedDeck {
  const dir = tempDir('podium-render-');
  fs.writeFileSync(path.join(dir, 'deck.yaml'), text);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const parsed = parseYaml(text, 'deck.yaml');
  const layouts = (templates ?? loadTemplates(dir)).layoutNames;
  return resolveDeck(validateDeck(parsed, { layouts, themes: ['pytorch'] }), parsed, dir);
}

let templates: TemplateSet;
beforeAll(() => {
  templates = loadTemplates();
});

// One slide per layout; each has an id so the section's id can be checked.
const everyLayout = lines(
  'title: Every layout',      // 1
  'slides:',                  // 2
  '  - layout: title',        // 3
  '    id: s-title',
  '    title: Hello',
  '    subtitle: Sub',
  '    presenter: Me',
  '    date: 2016',
  '  - layout: section',      // 9
  '    id: s-section',
  '    title: Part one',
  '    kicker: Chapter 1',
  '  - layout: bullets',      // 13
  '    id: s-bullets',
  '    title: Points',
  '    fragments: true',
  '    items: [a, [b, c], d]',
  '  - layout: timeline',     // 18
  '    id: s-timeline',
  '    title: History',
  '    events:',
  '      - when: 2016',
  '        label: Torch',
  '      - when: 2017',
  '        label: PyTorch',
  '        text: released',
  '  - layout: cards',        // 27
  '    id: s-cards',
  '    title: Cards',
  '    cards:',
  '      - title: One',
  '        icon: "🔥"',
  '      - title: Two',
  '        text: second',
  '      - title: Three',
  '        icon: icon.svg',
  '  - layout: quote',        // 37
  '    id: s-quote',
  '    quote: To be',
  '    by: Someone',
  '  - layout: two-column',   // 41
  '    id: s-two-column',
  '    title: Compare',
  '    left: Left side',
  '    right: Right side',
  '    leftTitle: Before',
  '  - layout: image',        // 47
  '    id: s-image',
  '    title: A picture',
  '    src: pic.png',
  '    alt: Alt text',
  '    caption: Caption',
  '  - layout: code',         // 53
  '    id: s-code',
  '    lang: python',
  '    code: "x = 1\\ny = 2\\nz = 3"',
  '    highlight: "2"',
  '  - layout: markdown',     // 58
  '    id: s-markdown',
  '    body: ./part.md',
  '  - layout: closing',      // 61
  '    id: s-closing',
  '    title: Thanks',
  '    links:',
  '      - https://pytorch.org/',
  '      - label: Docs',
  '        url: ./docs.html',
  '  - layout: diagram',      // 68
  '    id: s-diagram',
  '    mermaid: "flowchart LR\\n  a --> b"',
  '  - layout: chart',        // 71
  '    id: s-chart',
  '    chart: { mark: bar }',
  '    data: [{ a: 1 }]',
  '    alt: One bar',
  '  - layout: statement',    // 76
  '    id: s-statement',
  '    text: One line.',
  '  - layout: stats',        // 79
  '    id: s-stats',
  '    items: [{ value: "2×", label: faster }]',
  '  - layout: columns',      // 82
  '    id: s-columns',
  '    columns: [{ body: a }, { body: b }]',
  '  - layout: gallery',      // 85
  '    id: s-gallery',
  '    images: [{ src: pic.png, alt: A }, { src: pic.png, alt: B }]',
);
const everyLayoutFiles = { 'pic.png': TINY_IMAGE, 'icon.svg': '<svg/>', 'part.md': '## From a file\n\nBody *text*' };
const expectedLines: Record<string, number> = {
  title: 3, section: 9, bullets: 13, timeline: 18, cards: 27, quote: 37, 'two-column': 41, image: 47, code: 53, markdown: 58, closing: 61,
  diagram: 68, chart: 71, statement: 76, stats: 79, columns: 82, gallery: 85,
};

describe('renderSlides: one slide per layout', () => {
  let doc: Document;
  let html: string[];
  beforeAll(() => {
    html = renderSlides(prepareDeck(everyLayout, everyLayoutFiles), templates);
    doc = dom(html.join('\n'));
  });

  it('renders one <section> per slide, in order', () => {
    expect(html).toHaveLength(builtinLayouts.length);
    const sections = [...doc.querySelectorAll('section')];
    expect(sections.map((s) => s.getAttribute('data-podium-slide'))).toEqual(sections.map((_, i) => String(i + 1)));
  });

  it.each(Object.entries(expectedLines))('%s: section has data-podium-slide, id, data-line and layout class', (layout, line) => {
    const section = only(dom(html[Object.keys(expectedLines).indexOf(layout)]!).querySelectorAll('section'));
    expect(section.id).toBe(`s-${layout}`);
    expect(section.classList.contains('podium-slide')).toBe(true);
    expect(section.classList.contains(`layout-${layout}`)).toBe(true);
    expect(section.getAttribute('data-podium-slide')).toBe(String(Object.keys(expectedLines).indexOf(layout) + 1));
    expect(section.getAttribute('data-line')).toBe(String(line));
    expect(text(section.querySelector('footer.slide-footer .footer-title'))).toBe('Every layout');
  });

  it('title', () => {
    const s = doc.getElementById('s-title')!;
    expect(text(s.querySelector('h1.deck-title'))).toBe('Hello');
    expect(text(s.querySelector('.deck-subtitle'))).toBe('Sub');
    expect(text(s.querySelector('.presenter'))).toBe('Me');
    expect(text(s.querySelector('.date'))).toBe('2016');
  });

  it('section', () => {
    const s = doc.getElementById('s-section')!;
    expect(text(s.querySelector('.kicker'))).toBe('Chapter 1');
    expect(text(s.querySelector('h2.section-title'))).toBe('Part one');
    expect(s.querySelector('.section-subtitle')).toBeNull();
  });

  it('bullets: nested list under its item, fragments only at the top level', () => {
    const s = doc.getElementById('s-bullets')!;
    expect(text(s.querySelector('h2.slide-title'))).toBe('Points');
    const top = only(s.querySelectorAll('ul.bullets:not(.bullets-nested)'));
    const items = [...top.children];
    expect(items.map((li) => li.classList.contains('fragment'))).toEqual([true, true]);
    const nested = only(items[0]!.querySelectorAll('ul.bullets-nested'));
    expect([...nested.children].map((li) => text(li))).toEqual(['b', 'c']);
    expect([...nested.children].some((li) => li.classList.contains('fragment'))).toBe(false);
    expect(items[1]!.querySelector('ul')).toBeNull();
  });

  it('timeline', () => {
    const s = doc.getElementById('s-timeline')!;
    const events = [...s.querySelectorAll('ol.timeline > li.event')];
    expect(events.map((e) => text(e.querySelector('time.event-when')))).toEqual(['2016', '2017']);
    expect(events.map((e) => text(e.querySelector('.event-label')))).toEqual(['Torch', 'PyTorch']);
    expect(events[0]!.querySelector('.event-text')).toBeNull();
    expect(text(events[1]!.querySelector('.event-text'))).toBe('released');
    expect(s.querySelector('ol.timeline')!.getAttribute('style')).toBe('--events: 2');
  });

  it('cards: glyph icon, number when no icon, image icon for a path', () => {
    const s = doc.getElementById('s-cards')!;
    expect(s.querySelector('.cards')!.getAttribute('data-count')).toBe('3');
    const cards = [...s.querySelectorAll('article.card')];
    expect(cards.map((c) => text(c.querySelector('.card-title')))).toEqual(['One', 'Two', 'Three']);
    expect(text(cards[0]!.querySelector('.card-icon'))).toBe('🔥');
    expect(text(cards[1]!.querySelector('.card-number'))).toBe('02');
    expect(text(cards[1]!.querySelector('.card-text'))).toBe('second');
    expect(cards[2]!.querySelector('.card-icon img')!.getAttribute('src')).toBe('icon.svg');
  });

  it('quote', () => {
    const s = doc.getElementById('s-quote')!;
    expect(text(s.querySelector('blockquote.quote'))).toBe('To be');
    expect(text(s.querySelector('figcaption.quote-by'))).toBe('Someone');
  });

  it('two-column', () => {
    const s = doc.getElementById('s-two-column')!;
    expect(text(s.querySelector('.column-left .column-title'))).toBe('Before');
    expect(text(s.querySelector('.column-left p'))).toBe('Left side');
    expect(s.querySelector('.column-right .column-title')).toBeNull();
    expect(text(s.querySelector('.column-right'))).toBe('Right side');
  });

  it('image', () => {
    const s = doc.getElementById('s-image')!;
    const img = only(s.querySelectorAll('img.slide-image'));
    expect(img.getAttribute('src')).toBe('pic.png');
    expect(img.getAttribute('alt')).toBe('Alt text');
    expect(text(s.querySelector('figcaption.image-caption'))).toBe('Caption');
  });

  it('code: highlighted lines with marks', () => {
    const s = doc.getElementById('s-code')!;
    const pre = only(s.querySelectorAll('pre.code-block'));
    expect(pre.classList.contains('has-marks')).toBe(true);
    expect(pre.getAttribute('data-lang')).toBe('python');
    expect(pre.querySelector('code')!.classList.contains('language-python')).toBe(true);
    const codeLines = [...pre.querySelectorAll('code > span.line')];
    expect(codeLines.map((l) => l.className)).toEqual(['line is-dimmed', 'line is-marked', 'line is-dimmed']);
    expect(codeLines.map((l) => l.textContent)).toEqual(['x = 1', 'y = 2', 'z = 3']);
    expect(s.querySelector('header.slide-head')).toBeNull(); // no title → no heading
  });

  it('markdown: body read from the deck folder', () => {
    const s = doc.getElementById('s-markdown')!;
    const prose = s.querySelector('.prose')!;
    expect(text(prose.querySelector('h2'))).toBe('From a file');
    expect(text(prose.querySelector('p em'))).toBe('text');
  });

  it('closing: links with labels', () => {
    const s = doc.getElementById('s-closing')!;
    const links = [...s.querySelectorAll('ul.closing-links a')];
    expect(links.map((a) => [a.getAttribute('href'), text(a)])).toEqual([['https://pytorch.org/', 'pytorch.org'], ['./docs.html', 'Docs']]);
  });
});

describe('renderSlides: slide attributes, notes and escaping', () => {
  it('puts notes (as Markdown) in aside.notes inside the section, and no aside without notes', () => {
    const deck = prepareDeck(lines('title: T', 'slides:', '  - layout: quote', '    quote: Q', '    notes: Say **hi**', '  - layout: quote', '    quote: R'));
    const [withNotes, without] = renderSlides(deck, templates).map((h) => dom(h));
    const aside = only(withNotes!.querySelectorAll('section > aside.notes'));
    expect(aside.querySelector('strong')?.textContent).toBe('hi');
    expect(without!.querySelector('aside')).toBeNull();
  });

  it('has no id attribute when the slide sets none', () => {
    const deck = prepareDeck(lines('title: T', 'slides:', '  - layout: quote', '    quote: Q'));
    const section = only(dom(renderSlides(deck, templates)[0]!).querySelectorAll('section'));
    expect(section.hasAttribute('id')).toBe(false);
  });

  it('adds classes, background colour or image, and transition', () => {
    const deck = prepareDeck(lines(
      'title: T', 'slides:',
      '  - layout: quote', '    quote: Q', '    class: big dark', '    background: "#112233"', '    transition: zoom',
      '  - layout: quote', '    quote: R', '    background: bg.jpg',
    ), { 'bg.jpg': TINY_IMAGE });
    const [a, b] = renderSlides(deck, templates).map((h) => only(dom(h).querySelectorAll('section')));
    expect([...a!.classList]).toEqual(['podium-slide', 'layout-quote', 'big', 'dark']);
    expect(a!.getAttribute('data-background-color')).toBe('#112233');
    expect(a!.hasAttribute('data-background-image')).toBe(false);
    expect(a!.getAttribute('data-transition')).toBe('zoom');
    expect(b!.getAttribute('data-background-image')).toBe('bg.jpg');
    expect(b!.hasAttribute('data-background-color')).toBe(false);
    expect(deck.assets).toEqual(['bg.jpg']);
  });

  it('escapes <script> in every kind of field when allowHtml is false', () => {
    const evil = '<script>alert(1)</script>';
    const deck = prepareDeck(lines(
      `title: "Deck ${evil}"`, 'slides:',
      `  - layout: title`, `    title: "T ${evil}"`, `    notes: "N ${evil}"`, `    date: "${evil}"`,
      `  - layout: section`, `    title: S`, `    kicker: "${evil}"`,
      `  - layout: bullets`, `    title: B`, `    items: ["${evil}", ["${evil}"]]`,
      `  - layout: timeline`, `    title: T`, `    events: [{when: "${evil}", label: "${evil}"}]`,
      `  - layout: image`, `    src: p.png`, `    alt: "${evil}"`, `    caption: "${evil}"`,
      `  - layout: code`, `    lang: html`, `    code: "${evil}"`,
      `  - layout: markdown`, `    body: "# ${evil}\\n\\n${evil}"`,
      `  - layout: closing`, `    title: C`, `    links: [{label: "${evil}", url: "./x"}]`,
    ), { 'p.png': 'png' });
    const html = renderSlides(deck, templates).join('\n');
    const doc = dom(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
    expect(doc.body.textContent).toContain(evil); // shown as text instead
    expect(doc.querySelector('img.slide-image')!.getAttribute('alt')).toBe(evil);
  });

  it('keeps raw HTML in Markdown fields when allowHtml is true, but still escapes plain fields', () => {
    const deck = prepareDeck(lines(
      'title: T', 'allowHtml: true', 'slides:',
      '  - layout: section', '    title: "<em class=\\"raw\\">S</em>"', '    kicker: "<b>k</b>"',
    ));
    const doc = dom(renderSlides(deck, templates)[0]!);
    expect(doc.querySelector('h2.section-title em.raw')?.textContent).toBe('S');
    expect(doc.querySelector('.kicker b')).toBeNull();
    expect(text(doc.querySelector('.kicker'))).toBe('<b>k</b>');
  });

  it('never compiles content as a template: {{…}} stays literal', () => {
    const deck = prepareDeck(lines('title: T', 'slides:', '  - layout: bullets', '    title: "{{deck.title}}"', '    items: ["{{#each x}}y{{/each}}", "{{{number}}}"]'));
    const doc = dom(renderSlides(deck, templates)[0]!);
    expect(text(doc.querySelector('h2.slide-title'))).toBe('{{deck.title}}');
    expect([...doc.querySelectorAll('ul.bullets li')].map((li) => text(li))).toEqual(['{{#each x}}y{{/each}}', '{{{number}}}']);
  });

  it('fails with a DeckError at the slide when its layout has no template', () => {
    const e = catchDeckError(() => renderSlides(directDeck(), { ...templates, layouts: new Map() }));
    expect(e.problems).toEqual([{ file: 'deck.yaml', line: 3, column: 5, message: 'slide 1: no template for layout "quote"' }]);
  });

  it('turns an exception inside a template into a DeckError at the slide', () => {
    const broken: TemplateSet = { ...templates, layouts: new Map([['quote', () => { throw new Error('boom'); }]]) };
    const e = catchDeckError(() => renderSlides(directDeck(), broken));
    expect(e.problems).toEqual([{ file: 'deck.yaml', line: 3, column: 5, message: 'slide 1 (quote): template failed: boom' }]);
  });
});

describe('renderDeck', () => {
  const assets = { styles: ['podium/podium.css', 'podium/theme.css'], scripts: ['podium/podium.js'], modules: ['/@dev/client.ts'] };

  it('fills the page shell: lang, title, description, body classes, assets, slides', () => {
    const deck = prepareDeck(lines('title: My <Deck>', 'subtitle: A *fine* talk', 'author: Ann', 'lang: de', 'aspect: "4:3"', 'slides:', '  - layout: quote', '    quote: Q'));
    const { document: doc } = parseHTML(renderDeck(deck, templates, assets));
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('title')!.textContent).toBe('My <Deck>');
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('A fine talk');
    expect(doc.querySelector('meta[name="author"]')!.getAttribute('content')).toBe('Ann');
    expect([...doc.body.classList]).toEqual(['podium', 'theme-pytorch', 'aspect-4x3']);
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual(assets.styles);
    expect([...doc.querySelectorAll('script[src]:not([type])')].map((s) => s.getAttribute('src'))).toEqual(assets.scripts);
    expect([...doc.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'))).toEqual(assets.modules);
    expect(doc.querySelectorAll('.reveal > .slides > section[data-podium-slide]')).toHaveLength(1);
  });

  it('embeds the reveal config as JSON: defaults, user options, and a fixed slide size', () => {
    const deck = prepareDeck(lines('title: T', 'aspect: "4:3"', 'reveal:', '  transition: fade', '  slideNumber: false', 'slides:', '  - layout: quote', '    quote: Q'));
    const { document: doc } = parseHTML(renderDeck(deck, templates, assets));
    const config = JSON.parse(doc.getElementById('podium-config')!.textContent!) as { reveal: Record<string, unknown>; deck: string };
    expect(config.deck).toBe(deck.name);
    expect(config.reveal).toMatchObject({ transition: 'fade', slideNumber: false, hash: true, controls: true, width: 1440, height: 1080, margin: 0, center: false });
  });

  it('keeps the reveal size even if reveal options try to change it', () => {
    const deck = directDeck({ reveal: { center: true } as ResolvedDeck['reveal'] });
    expect(revealConfig(deck)).toMatchObject({ width: 1920, height: 1080, center: false });
  });

  it('escapes < in the JSON config so a deck name cannot close the <script> element', () => {
    const name = '</script><script>alert(1)</script>';
    const html = renderDeck(directDeck({ name }), templates, { styles: [], scripts: [], modules: [] });
    const { document: doc } = parseHTML(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(doc.getElementById('podium-config')!.textContent!).deck).toBe(name);
  });
});
