import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { resolveDeck, type ResolvedDeck } from '../../../src/content/resolve.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { brief, catchDeckError, lines, TINY_IMAGE, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

/** A temp folder with `deck/` (the deck) and a sibling file `outside.png`. */
function setup(files: Record<string, string> = {}): { base: string; dir: string } {
  const base = tempDir('podium-resolve-');
  const dir = path.join(base, 'deck');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(base, 'outside.png'), 'outside');
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return { base, dir };
}

function resolve(text: string, dir: string): ResolvedDeck {
  const parsed = parseYaml(text, 'deck.yaml');
  return resolveDeck(validateDeck(parsed, { layouts: builtinLayouts, themes: ['pytorch'] }), parsed, dir);
}

const imageDeck = (src: string) => lines('title: T', 'slides:', '  - layout: image', '    alt: a', `    src: ${JSON.stringify(src)}`);
const slideData = (deck: ResolvedDeck, i: number) => deck.slides[i]!.data as Record<string, unknown>;

describe('resolveDeck: image src', () => {
  it('accepts an existing image inside the deck folder and lists it as an asset', () => {
    const { dir } = setup({ 'pic.png': 'x', 'img/b.png': 'x' });
    expect(resolve(imageDeck('./pic.png'), dir).assets).toEqual(['pic.png']);
    expect(resolve(imageDeck('img/b.png'), dir).assets).toEqual(['img/b.png']);
  });

  it('returns the real deck folder and its name', () => {
    const { dir } = setup({ 'pic.png': 'x' });
    const deck = resolve(imageDeck('pic.png'), dir);
    expect(deck.dir).toBe(fs.realpathSync(dir));
    expect(deck.name).toBe('deck');
  });

  it('reports a missing image at the src: line', () => {
    const { dir } = setup();
    const e = catchDeckError(() => resolve(imageDeck('nope.png'), dir));
    expect(e.problems.map(brief)).toEqual([
      { line: 5, column: 10, message: `slide 1 (image): src: file not found: ${path.join(fs.realpathSync(dir), 'nope.png')}` },
    ]);
    expect(e.problems[0]!.file).toBe('deck.yaml');
  });

  it('reports a folder named as an image as not found', () => {
    const { dir } = setup({ 'sub/x.txt': 'x' });
    const [p] = catchDeckError(() => resolve(imageDeck('sub'), dir)).problems;
    expect(p!.message).toMatch(/^slide 1 \(image\): src: file not found: /);
  });

  it('refuses a relative path that leaves the deck folder', () => {
    const { dir } = setup();
    const [p] = catchDeckError(() => resolve(imageDeck('../outside.png'), dir)).problems;
    expect(p).toMatchObject({ line: 5, column: 10, message: 'slide 1 (image): src: "../outside.png" points outside the deck folder', hint: 'keep images and bodies inside the deck folder' });
  });

  it('refuses an absolute path, even one inside the deck folder', () => {
    const { base, dir } = setup({ 'pic.png': 'x' });
    for (const abs of [path.join(base, 'outside.png'), path.join(dir, 'pic.png')]) {
      const [p] = catchDeckError(() => resolve(imageDeck(abs), dir)).problems;
      expect(p).toMatchObject({ line: 5, column: 10, message: `slide 1 (image): src: "${abs}" is an absolute path`, hint: 'use a path relative to deck.yaml' });
    }
  });

  it('refuses a symlink inside the deck folder that points outside it', () => {
    const { base, dir } = setup();
    fs.symlinkSync(path.join(base, 'outside.png'), path.join(dir, 'link.png'));
    const [p] = catchDeckError(() => resolve(imageDeck('link.png'), dir)).problems;
    expect(p).toMatchObject({ line: 5, column: 10, message: 'slide 1 (image): src: "link.png" points outside the deck folder' });
  });

  it('accepts a symlink that stays inside the deck folder (listing the real file)', () => {
    const { dir } = setup({ 'img/real.png': 'x' });
    fs.symlinkSync(path.join(dir, 'img', 'real.png'), path.join(dir, 'alias.png'));
    expect(resolve(imageDeck('alias.png'), dir).assets).toEqual(['img/real.png']);
  });

  it('refuses a sibling folder whose name starts with the deck folder name', () => {
    const { base, dir } = setup();
    fs.mkdirSync(path.join(base, 'deck-other'));
    fs.writeFileSync(path.join(base, 'deck-other', 'x.png'), 'x');
    const [p] = catchDeckError(() => resolve(imageDeck('../deck-other/x.png'), dir)).problems;
    expect(p!.message).toContain('points outside the deck folder');
  });

  it.each([['https://example.com/x.png'], ['http://example.com/x.png'], ['//cdn.example.com/x.png'], ['data:image/png;base64,AAAA']])(
    'refuses the remote URL %s',
    (url) => {
      const { dir } = setup();
      const [p] = catchDeckError(() => resolve(imageDeck(url), dir)).problems;
      expect(p).toMatchObject({ line: 5, column: 10, message: `slide 1 (image): src: "${url}" is a remote URL; the deck must work offline` });
      expect(p!.hint).toMatch(/download the file/);
    },
  );

  it('decodes URL escapes and ignores ?query and #fragment', () => {
    const { dir } = setup({ 'my pic.png': 'x' });
    expect(resolve(imageDeck('my%20pic.png?v=2#top'), dir).assets).toEqual(['my pic.png']);
  });
});

describe('resolveDeck: Markdown bodies', () => {
  it('reads `body: ./part.md` from the deck folder', () => {
    const { dir } = setup({ 'part.md': '# Part\n\nFrom a file.' });
    const deck = resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: ./part.md'), dir);
    expect(slideData(deck, 0).body).toBe('# Part\n\nFrom a file.');
  });

  it('reads bodies from sub-folders and strips a UTF-8 BOM', () => {
    const { dir } = setup({ 'parts/intro.md': '\uFEFFHello' });
    const deck = resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: parts/intro.md'), dir);
    expect(slideData(deck, 0).body).toBe('Hello');
  });

  it('keeps ordinary Markdown text that is not a file reference', () => {
    const { dir } = setup();
    const deck = resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: "Read the *docs*.md files\\nplease"'), dir);
    expect(slideData(deck, 0).body).toBe('Read the *docs*.md files\nplease');
  });

  it('reports a missing body file at the body: line', () => {
    const { dir } = setup();
    const e = catchDeckError(() => resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: ./missing.md'), dir));
    expect(e.problems.map(brief)).toEqual([
      { line: 4, column: 11, message: `slide 1 (markdown): body: file not found: ${path.join(fs.realpathSync(dir), 'missing.md')}` },
    ]);
  });

  it('refuses a body outside the deck folder', () => {
    const { base, dir } = setup();
    fs.writeFileSync(path.join(base, 'secret.md'), 'secret');
    const [p] = catchDeckError(() => resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: ../secret.md'), dir)).problems;
    expect(p).toMatchObject({ line: 4, column: 11, message: 'slide 1 (markdown): body: "../secret.md" points outside the deck folder' });
  });

  it('refuses a body that is not UTF-8', () => {
    const { dir } = setup();
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const e = catchDeckError(() => resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: latin1.md'), dir));
    expect(e.problems[0]!.message).toBe('file is not valid UTF-8 text');
  });

  it('collects images referenced from a body file', () => {
    const { dir } = setup({ 'part.md': 'See ![a](img/a.png)', 'img/a.png': 'x' });
    const deck = resolve(lines('title: T', 'slides:', '  - layout: markdown', '    body: part.md'), dir);
    expect(deck.assets).toEqual(['img/a.png']);
  });
});

describe('resolveDeck: images in text fields', () => {
  it('collects Markdown images from any text field (nested too), sorted and de-duplicated', () => {
    const { dir } = setup({ 'a.png': 'x', 'img/b c.png': 'x', 'z.png': 'x' });
    const deck = resolve(lines(
      'title: T', 'slides:',
      '  - layout: bullets', '    title: "![z](z.png)"',
      '    items:', '      - "look ![a](a.png) and ![a](a.png)"', '      - ["![b](img/b%20c.png)"]',
      '    notes: "![a again](./a.png)"',
    ), dir);
    expect(deck.assets).toEqual(['a.png', 'img/b c.png', 'z.png']);
  });

  it('reports a missing Markdown image at the field that names it', () => {
    const { dir } = setup();
    const e = catchDeckError(() => resolve(lines(
      'title: T', 'slides:',
      '  - layout: cards', '    title: C', '    cards:', '      - title: a', '        text: "![x](gone.png)"',
    ), dir));
    expect(e.problems.map(brief)).toEqual([
      { line: 7, column: 15, message: `slide 1 (cards): image: file not found: ${path.join(fs.realpathSync(dir), 'gone.png')}` },
    ]);
  });

  it('ignores Markdown-looking text in code', () => {
    const { dir } = setup();
    const deck = resolve(lines('title: T', 'slides:', '  - layout: code', '    lang: md', '    code: "![x](nope.png)"'), dir);
    expect(deck.assets).toEqual([]);
  });
});

describe('resolveDeck: backgrounds and icons', () => {
  it('treats colours as colours and paths as files', () => {
    const { dir } = setup({ 'bg.jpg': TINY_IMAGE });
    const deck = resolve(lines(
      'title: T', 'slides:',
      '  - layout: quote', '    quote: a', '    background: "#112233"',
      '  - layout: quote', '    quote: b', '    background: "rgb(1, 2, 3)"',
      '  - layout: quote', '    quote: c', '    background: navy',
      '  - layout: quote', '    quote: d', '    background: bg.jpg',
    ), dir);
    expect(deck.assets).toEqual(['bg.jpg']);
  });

  it('reports a missing background image at its line', () => {
    const { dir } = setup();
    const e = catchDeckError(() => resolve(lines('title: T', 'slides:', '  - layout: quote', '    quote: q', '    background: img/nope.jpg'), dir));
    expect(e.problems.map(brief)).toEqual([
      { line: 5, column: 17, message: `slide 1 (quote): background: file not found: ${path.join(fs.realpathSync(dir), 'img', 'nope.jpg')}` },
    ]);
  });

  it('copies icon files but leaves glyph icons alone', () => {
    const { dir } = setup({ 'icons/a.svg': '<svg/>' });
    const deck = resolve(lines('title: T', 'slides:', '  - layout: cards', '    title: C', '    cards:',
      '      - title: a', '        icon: icons/a.svg', '      - title: b', '        icon: "→"'), dir);
    expect(deck.assets).toEqual(['icons/a.svg']);
  });

  it('reports a missing icon file', () => {
    const { dir } = setup();
    const [p] = catchDeckError(() => resolve(lines('title: T', 'slides:', '  - layout: cards', '    title: C', '    cards:',
      '      - title: a', '        icon: icons/missing.svg'), dir)).problems;
    expect(p).toMatchObject({ line: 7, column: 15 });
    expect(p!.message).toMatch(/^slide 1 \(cards\): icon: file not found: /);
  });
});

it('reports every missing file at once', () => {
  const { dir } = setup();
  const e = catchDeckError(() => resolve(lines(
    'title: T', 'slides:',
    '  - layout: image', '    alt: a', '    src: a.png',
    '  - layout: quote', '    quote: "![b](b.png)"', '    background: c.jpg',
  ), dir));
  // (resolve lists problems in the order it checks them, not by line; compare them sorted)
  const found = e.problems.map((p) => [p.line, p.message.replace(/: file not found: .*/, '')] as const);
  expect([...found].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
    [5, 'slide 1 (image): src'],
    [7, 'slide 2 (quote): image'],
    [8, 'slide 2 (quote): background'],
  ]);
});
