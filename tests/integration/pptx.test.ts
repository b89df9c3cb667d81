// `podium pptx` read back as OOXML (jszip + linkedom): the slides a deck has, titles in title placeholders,
// bullets as levelled paragraphs, native objects (not pictures of slides), notes pages, the theme's colours
// and fonts as the presentation's theme.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pptxCommand } from '../../src/commands/pptx.ts';
import { plainText } from '../../src/export/pptx/markdown-runs.ts';
import { deckYaml, fixture, PYTORCH, ROOT, tempDir } from '../support/decks.ts';
import { byTag, placeholders, readPptx, slideTitle, texts, type Pptx } from '../support/pptx.ts';

const out = tempDir('podium-pptx-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

const decks = {
  'pytorch-lessons': PYTORCH, 'all-layouts': fixture('all-layouts'), 'four-three': fixture('four-three'), 'pptx-mix': fixture('pptx-mix'),
  hostile: fixture('hostile'), visual: fixture('visual'), math: fixture('math'), media: fixture('media'),
};
const EMU_PER_IN = 914400;
/** Markdown marks dropped, typographic quotes (markdown-it's typographer) read as straight ones. */
const plain = (s: string) => s.replace(/[*_`]/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

describe.each(Object.entries(decks))('pptx %s', (name, dir) => {
  let pptx: Pptx;
  let yaml: ReturnType<typeof deckYaml>;
  beforeAll(async () => {
    const r = await pptxCommand(dir, { out: path.join(out, name), root: ROOT, warn: () => undefined });
    expect(r.file).toBe(path.join(out, name, `${name}.pptx`));
    pptx = await readPptx(readFileSync(r.file));
    yaml = deckYaml(dir);
  });

  it('has one slide per slide of deck.yaml', () => {
    expect(pptx.slides).toHaveLength(yaml.slides.length);
    expect(byTag(pptx.presentation, 'p:sldId')).toHaveLength(yaml.slides.length);
  });

  it('puts every slide\'s title in a title placeholder', () => {
    pptx.slides.forEach((s, i) => {
      expect(placeholders(s.xml, 'title'), `slide ${i + 1}`).toHaveLength(1);
      expect(slideTitle(s.xml).length, `slide ${i + 1}`).toBeGreaterThan(0);
      const want = yaml.slides[i]!.title ?? yaml.slides[i]!.quote;
      if (typeof want === 'string' && !want.includes('\n')) expect(plain(slideTitle(s.xml))).toBe(plain(want));
    });
  });

  it('draws native objects: no slide is just a picture', () => {
    pptx.slides.forEach((s, i) => {
      const textShapes = byTag(s.xml, 'p:sp').filter((sp) => texts(sp).trim());
      expect(textShapes.length, `slide ${i + 1}`).toBeGreaterThan(0);
    });
  });

  it('keeps each slide\'s notes in its notes page', () => {
    yaml.slides.forEach((slide, i) => {
      const notes = pptx.slides[i]!.notes;
      if (typeof slide.notes === 'string') {
        expect(notes, `slide ${i + 1}`).toBeDefined();
        const first = plainText(slide.notes).split('\n')[0]!.slice(0, 40);
        expect(texts(notes!)).toContain(first);
      }
    });
  });

  it('makes the theme\'s fonts the presentation\'s fonts, and titles use them', () => {
    const major = byTag(pptx.theme, 'a:majorFont')[0]!;
    expect(byTag(major, 'a:latin')[0]!.getAttribute('typeface')).toMatch(/\w/);
    const fonts = byTag(pptx.slides[0]!.xml, 'a:latin').map((l) => l.getAttribute('typeface'));
    expect(fonts).toContain('+mj-lt');
  });

  it('is sized for the deck\'s aspect', () => {
    const size = byTag(pptx.presentation, 'p:sldSz')[0]!;
    const ratio = Number(size.getAttribute('cx')) / Number(size.getAttribute('cy'));
    expect(ratio).toBeCloseTo(String(yaml.aspect ?? '16:9') === '4:3' ? 4 / 3 : 16 / 9, 2);
    expect(Number(size.getAttribute('cx')) / EMU_PER_IN).toBe(10);
  });

  it('writes one <a:pPr> per paragraph, first (schema-valid for PowerPoint)', () => {
    for (const s of pptx.slides) {
      for (const p of byTag(s.xml, 'a:p')) {
        const props = [...p.children].filter((c) => c.tagName === 'a:pPr');
        expect(props.length).toBeLessThanOrEqual(1);
        if (props.length) expect(p.firstElementChild).toBe(props[0]);
      }
    }
  });
});

describe('pptx mapping details (all-layouts, pytorch, pptx-mix)', () => {
  let all: Pptx; let torch: Pptx; let mix: Pptx;
  beforeAll(async () => {
    const read = async (n: string) => readPptx(readFileSync(path.join(out, n, `${n}.pptx`)));
    [all, torch, mix] = await Promise.all([read('all-layouts'), read('pytorch-lessons'), read('pptx-mix')]);
  });

  it('draws the talk\'s chart and diagram as pictures, described by their alt text or title', () => {
    const deck = readFileSync(path.join(ROOT, 'slides/pytorch-lessons/deck.yaml'), 'utf8');
    const layouts = [...deck.matchAll(/^ {2}- layout: (\S+)/gm)].map((m) => m[1]);
    for (const kind of ['chart', 'diagram']) {
      const n = layouts.indexOf(kind);
      expect(n, kind).toBeGreaterThanOrEqual(0);
      const pics = byTag(torch.slides[n]!.xml, 'p:pic');
      expect(pics, `${kind} slide ${n + 1}`).toHaveLength(1);
      expect(byTag(pics[0]!, 'p:cNvPr')[0]!.getAttribute('descr')).toMatch(kind === 'chart' ? /^Bar chart of PyTorch 2\.x releases/ : /Two paths/);
    }
  });

  it('writes the theme\'s colours as the colour scheme', () => {
    const theme = readFileSync(path.join(ROOT, 'templates/themes/pytorch/theme.yaml'), 'utf8');
    const token = (k: string) => new RegExp(`^\\s+${k}: "#([0-9a-f]{6})"`, 'm').exec(theme)![1]!.toUpperCase();
    const slot = (tag: string) => byTag(byTag(torch.theme, `a:${tag}`)[0]!, 'a:srgbClr')[0]!.getAttribute('val');
    expect(slot('dk1')).toBe(token('text'));
    expect(slot('lt1')).toBe(token('background'));
    expect(slot('accent1')).toBe(token('accent'));
    expect(slot('accent2')).toBe(token('accent-2'));
    expect(slot('hlink')).toBe(token('link'));
    expect(byTag(byTag(torch.theme, 'a:majorFont')[0]!, 'a:latin')[0]!.getAttribute('typeface')).toBe('Inter');
  });

  it('writes bullets as paragraphs with levels and the accent bullet', () => {
    const body = placeholders(all.slides[2]!.xml, 'body')[0]!;
    const paras = byTag(body, 'a:p');
    expect(paras.map((p) => texts(p))).toEqual(['First point', 'Second point', 'nested a', 'nested b', 'Third point']);
    const lvl = paras.map((p) => byTag(p, 'a:pPr')[0]?.getAttribute('lvl') ?? '0');
    expect(lvl).toEqual(['0', '0', '1', '1', '0']);
    expect(byTag(paras[0]!, 'a:buChar')).toHaveLength(1);
    expect(byTag(byTag(paras[0]!, 'a:buClr')[0]!, 'a:schemeClr')[0]!.getAttribute('val')).toBe('accent1');
    const bold = byTag(paras[0]!, 'a:r').find((r) => texts(r) === 'point')!;
    expect(byTag(bold, 'a:rPr')[0]!.getAttribute('b')).toBe('1');
  });

  it('puts two-column text in two body placeholders', () => {
    const bodies = placeholders(all.slides[6]!.xml, 'body');
    expect(bodies.map((b) => texts(b))).toEqual([expect.stringContaining('left one'), expect.stringContaining('Right side')]);
  });

  it('groups each card and each timeline event', () => {
    const groupNames = (i: number) => byTag(all.slides[i]!.xml, 'p:grpSp').map((g) => byTag(g, 'p:cNvPr')[0]!.getAttribute('name'));
    expect(groupNames(4)).toEqual(['Card 1', 'Card 2', 'Card 3']);
    expect(groupNames(3)).toEqual(['Event 1: 2016', 'Event 2: 2018', 'Event 3: 2026']);
    const card = byTag(all.slides[4]!.xml, 'p:grpSp')[0]!;
    expect(texts(card)).toContain('First card');
  });

  it('writes code as monospace runs in several theme colours on a code-background shape', () => {
    const code = byTag(all.slides[8]!.xml, 'p:sp').find((sp) => texts(sp).includes('def f(x):'))!;
    expect(byTag(code, 'a:latin').every((l) => l.getAttribute('typeface') === 'JetBrains Mono')).toBe(true);
    expect(byTag(code, 'a:latin')[0]!.getAttribute('pitchFamily')).toBe('49');
    const colours = new Set(byTag(code, 'a:schemeClr').map((c) => c.getAttribute('val')));
    expect(colours.size).toBeGreaterThan(1);
    const bg = byTag(all.slides[8]!.xml, 'p:sp').find((sp) => byTag(sp, 'p:cNvPr')[0]!.getAttribute('name') === 'background')!;
    expect(byTag(byTag(bg, 'p:spPr')[0]!, 'a:schemeClr')[0]!.getAttribute('val')).toBe('accent5');
  });

  it('makes images pictures described by their alt text; an SVG is an SVG picture with a PNG fallback', async () => {
    const pics = byTag(all.slides[7]!.xml, 'p:pic');
    const pic = pics.find((p) => byTag(p, 'p:cNvPr')[0]!.getAttribute('descr') === 'A diagram of three boxes');
    expect(pic).toBeDefined();
    const media = all.files.filter((f) => f.startsWith('ppt/media/') && !f.endsWith('/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((f) => /\.(png|jpe?g|gif|svg)$/.test(f))).toBe(true);
    // the <a:blip> embeds the PNG (every PowerPoint, LibreOffice), its extension the SVG (PowerPoint 2016+)
    const blip = byTag(pic!, 'a:blip')[0]!;
    const svgBlip = byTag(blip, 'asvg:svgBlip')[0]!;
    expect(byTag(blip, 'a:ext')[0]!.getAttribute('uri')).toBe('{96DAC541-7B7A-43D3-8B79-37D633B846F1}');
    const target = (id: string | null) => `ppt/${byTag(all.slides[7]!.rels, 'Relationship').find((r) => r.getAttribute('Id') === id)!.getAttribute('Target')!.replace('../', '')}`;
    const png = target(blip.getAttribute('r:embed'));
    const svg = target(svgBlip.getAttribute('r:embed'));
    expect(png).toMatch(/\.png$/);
    expect(svg).toMatch(/\.svg$/);
    const pngBytes = await all.zip.file(png)!.async('uint8array');
    expect(Buffer.from(pngBytes.subarray(1, 4)).toString()).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(5000); // resvg's drawing, not pptxgenjs's "broken image" stand-in
    expect(await all.zip.file(svg)!.async('string')).toMatch(/<svg/);
    const types = await all.zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Default Extension="svg" ContentType="image/svg+xml"/>');
  });

  it('makes links hyperlinks', () => {
    const rels = byTag(all.slides[11]!.rels, 'Relationship').filter((r) => r.getAttribute('Type')!.endsWith('/hyperlink'));
    expect(rels.map((r) => r.getAttribute('Target'))).toEqual(expect.arrayContaining(['https://example.org/', 'https://example.org/docs']));
    expect(byTag(all.slides[11]!.xml, 'a:hlinkClick').length).toBeGreaterThanOrEqual(2);
  });

  it('turns Markdown tables into tables, emphasis into runs, inline pictures and WebP into PNG pictures', () => {
    const s = mix.slides[0]!.xml;
    expect(byTag(s, 'a:tbl')).toHaveLength(1);
    expect(byTag(byTag(s, 'a:tbl')[0]!, 'a:tr')).toHaveLength(3);
    const run = (t: string) => byTag(s, 'a:r').find((r) => texts(r) === t)!;
    expect(byTag(run('italic'), 'a:rPr')[0]!.getAttribute('i')).toBe('1');
    expect(byTag(run('struck'), 'a:rPr')[0]!.getAttribute('strike')).toBe('sngStrike');
    expect(byTag(s, 'p:pic').map((p) => byTag(p, 'p:cNvPr')[0]!.getAttribute('descr'))).toContain('A small chart');
    expect(byTag(mix.slides[2]!.xml, 'p:pic')).toHaveLength(1);
  });

  it('titles a Markdown slide from its first heading, and numbers ordered lists', () => {
    expect(slideTitle(mix.slides[1]!.xml)).toBe('A heading that becomes the title');
    expect(byTag(mix.slides[1]!.xml, 'a:buAutoNum').length).toBe(2);
  });

  it('draws a layout it has no rule for (a deck\'s own, or one added elsewhere) as title + text', () => {
    expect(slideTitle(mix.slides[3]!.xml)).toBe('A layout added elsewhere');
    expect(texts(placeholders(mix.slides[3]!.xml, 'body')[0]!)).toContain('answers');
    expect(slideTitle(all.slides[10]!.xml)).toBe('42');
  });

  it('draws ```mermaid blocks inside Markdown as pictures (SVG with PNG fallback), math as text runs', async () => {
    const media = await readPptx(readFileSync(path.join(out, 'media', 'media.pptx')));
    const pic = byTag(media.slides[3]!.xml, 'p:pic')[0]!;
    expect(byTag(pic, 'p:cNvPr')[0]!.getAttribute('descr')).toBe('Diagram (mermaid sequenceDiagram)');
    expect(byTag(pic, 'asvg:svgBlip')).toHaveLength(1);
    expect(texts(media.slides[3]!.xml)).not.toContain('sequenceDiagram');
    const math = await readPptx(readFileSync(path.join(out, 'math', 'math.pptx')));
    const body = texts(placeholders(math.slides[0]!.xml, 'body')[0]!);
    expect(body).toContain('θ');
    expect(body).not.toContain('\\theta');
    expect(body).toContain('$5 and $10'); // prices stay text
    const baselines = byTag(math.slides[0]!.xml, 'a:rPr').map((r) => r.getAttribute('baseline')).filter(Boolean);
    expect(baselines).toEqual(expect.arrayContaining(['-25000', '30000'])); // t+1 below, i² above
    expect(texts(math.slides[1]!.xml)).toContain('log');
  });

  it('defines one slide layout per family, named as PowerPoint names them', () => {
    const names = new Set([...torch.slides, ...all.slides].map((s) => byTag(s.layout, 'p:cSld')[0]!.getAttribute('name')));
    expect([...names]).toEqual(expect.arrayContaining(['Title Slide', 'Section Header', 'Title and Content', 'Two Content', 'Quote with Caption']));
    const content = torch.slides.find((s) => byTag(s.layout, 'p:cSld')[0]!.getAttribute('name') === 'Title and Content')!;
    expect(byTag(content.layout, 'p:ph').map((p) => p.getAttribute('type'))).toEqual(expect.arrayContaining(['title', 'body', 'sldNum']));
    expect(texts(content.layout)).toContain('PyTorch: Powering the AI Revolution'); // the footer
  });
});

describe('pptx of the visual layouts (gallery, statement, stats, columns)', () => {
  let v: Pptx;
  const layoutName = (i: number) => byTag(v.slides[i]!.layout, 'p:cSld')[0]!.getAttribute('name');
  const groupNames = (i: number) => byTag(v.slides[i]!.xml, 'p:grpSp').map((g) => byTag(g, 'p:cNvPr')[0]!.getAttribute('name'));
  const descr = (i: number) => byTag(v.slides[i]!.xml, 'p:pic').map((p) => byTag(p, 'p:cNvPr')[0]!.getAttribute('descr'));
  beforeAll(async () => { v = await readPptx(readFileSync(path.join(out, 'visual', 'visual.pptx'))); });

  it('backgrounds: the picture, dim, the scrim the build measured, and a colour map that flips the text where it must', () => {
    const names = (i: number) => [...byTag(v.slides[i]!.xml, 'p:pic'), ...byTag(v.slides[i]!.xml, 'p:sp')].map((e) => byTag(e, 'p:cNvPr')[0]!.getAttribute('name'));
    const map = (i: number) => byTag(v.slides[i]!.xml, 'p:clrMapOvr')[0]!.firstElementChild!;
    // a light photo behind a dark theme: dark text, as the deck measures it — Text 1 takes the background colour
    expect(map(0).tagName).toBe('a:overrideClrMapping');
    expect(map(0).getAttribute('tx1')).toBe('lt1');
    expect(byTag(v.slides[0]!.xml, 'p:bg')).toHaveLength(1); // the theme's background named, not flipped
    expect(names(1)).toEqual(expect.arrayContaining(['Background', 'Scrim'])); // stripes: the measured scrim
    expect(names(2)).toEqual(expect.arrayContaining(['Background', 'Dim'])); // dim: 0.45
    expect(map(2).tagName).toBe('a:masterClrMapping'); // a dark picture: the theme's own colours
  });

  it('aside: the picture on its side, described by its alt text; title and body placeholders moved beside it', () => {
    const s = v.slides[6]!.xml;
    const pic = byTag(s, 'p:pic').find((p) => byTag(p, 'p:cNvPr')[0]!.getAttribute('name') === 'Aside')!;
    expect(byTag(pic, 'p:cNvPr')[0]!.getAttribute('descr')).toBe('A green frame with a circle');
    const picRight = Number(byTag(pic, 'a:off')[0]!.getAttribute('x')) + Number(byTag(pic, 'a:ext')[0]!.getAttribute('cx'));
    for (const type of ['title', 'body']) expect(Number(byTag(placeholders(s, type)[0]!, 'a:off')[0]!.getAttribute('x')), type).toBeGreaterThan(picRight);
    expect(descr(7)).toContain('Two circles on purple'); // on the right, beside the cards
  });

  it('gallery: one grouped picture per image, described by its alt text, captions beneath', () => {
    expect(layoutName(11)).toBe('Picture with Caption');
    expect(slideTitle(v.slides[11]!.xml)).toBe('Four pictures');
    expect(descr(11)).toEqual(['A sunny meadow', 'Hills at night', 'A green frame', 'Two circles']);
    expect(groupNames(11)).toEqual(['Picture 1', 'Picture 2', 'Picture 3', 'Picture 4']);
    expect(texts(byTag(v.slides[11]!.xml, 'p:grpSp')[0]!)).toBe('Sunny');
    // no title: the hidden-title layout, named by the pictures
    expect(layoutName(12)).toBe('Title Only (hidden title)');
    expect(slideTitle(v.slides[12]!.xml)).toContain('A sunny meadow');
    expect(descr(12)).toHaveLength(5);
  });

  it('statement: the sentence in the title placeholder, large; kicker and small print beside it', () => {
    expect(layoutName(13)).toBe('Statement');
    expect(byTag(v.slides[13]!.layout, 'p:ph').map((p) => p.getAttribute('type'))).toContain('sldNum'); // footer and number, as the deck
    expect(slideTitle(v.slides[13]!.xml)).toBe('Make the easy thing fast, and the fast thing easy.');
    expect(texts(v.slides[13]!.xml)).toContain('THE MAIN LINE');
    expect(texts(placeholders(v.slides[13]!.xml, 'body')[0]!)).toBe('A statement fits its type to the box.');
    const size = (i: number) => Number(byTag(placeholders(v.slides[i]!.xml, 'title')[0]!, 'a:rPr')[0]!.getAttribute('sz'));
    expect(size(14)).toBeGreaterThan(size(13)); // "Eager." is set larger than the sentence
  });

  it('stats: one group per number (rule, value, label, note), the source beneath', () => {
    expect(slideTitle(v.slides[15]!.xml)).toBe('In numbers');
    expect(groupNames(15)).toEqual(['Stat 1: 2×', 'Stat 2: 2016', 'Stat 3: 3']);
    expect(texts(byTag(v.slides[15]!.xml, 'p:grpSp')[0]!)).toBe('2×faster with torch.compileup to');
    expect(texts(v.slides[15]!.xml)).toContain('Numbers from the fixture, not the world');
  });

  it('columns: one text frame per column with its title, code and pictures as objects, image attributes not printed', () => {
    const s = v.slides[16]!.xml;
    expect(slideTitle(s)).toBe('Three columns');
    expect(texts(s)).toContain('Markdown with bold and a link');
    expect(texts(s)).toContain('torch.compile');
    expect(descr(16)).toEqual(['A tiny frame']);
    expect(texts(s)).not.toContain('{width');
    expect(texts(v.slides[17]!.xml)).not.toContain('{height');
  });
});
