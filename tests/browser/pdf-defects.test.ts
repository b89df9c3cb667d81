// The ten PDF defects of issue #14 and the PDF/UA basics, each checked on a fixture deck made to trigger
// them (tests/fixtures/decks/pdf-edge): long notes, fragments, Markdown in the title, code with ligature
// pairs, a quote, cards, columns with a link, an image.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/export/export.ts';
import { deckYaml, fixture, tempDir } from '../support/decks.ts';
import { readPdf, renderPage, pixel, type PdfInfo } from '../support/pdf.ts';
import { contentKinds, mapped, readStructure, STANDARD_TYPES, type PdfStructure } from '../support/pdf-structure.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';

const out = tempDir();
afterAll(() => rmSync(out, { recursive: true, force: true }));
const deck = fixture('pdf-edge');
const yaml = deckYaml(deck);
const slides = yaml.slides;
const squash = (s: string) => s.replace(/\s+/g, '');
const allTitles = (o: PdfInfo['outline']) => o.flatMap((e) => [e.title, ...e.children]);

describe('pdf-edge: plain PDF', () => {
  let file: string;
  let pdf: PdfInfo;
  let st: PdfStructure;
  beforeAll(async () => {
    file = (await runExport({ deck, out: path.join(out, 'plain'), pdf: true, handout: false, flags: {} })).pdf!.file;
    [pdf, st] = await Promise.all([readPdf(file), readStructure(file)]);
  }, 120_000);

  it('#5 /Title and /Subject are the Markdown as text: every _, * and backtick that is text survives', () => {
    expect(pdf.info.Title).toBe('__init__ and my_var_name: 2 * 3 is fine');
    expect(pdf.info.Subject).toBe('How PDFs keep snake_case and 2 * 3 intact.');
  });

  it('#6 code extracts as written (no ligatures): !=, >=, ->, ==, ||, <=, __main__, <!--', () => {
    const code = String(slides[3]!.code);
    expect(squash(pdf.text[3]!)).toContain(squash(code));
  });

  it('#7 every structure type is standard PDF 1.7 or role-mapped to one (Strong, Em …)', () => {
    const types = new Set(st.elems.map((e) => e.type));
    expect(types.has('Strong') && types.has('Em'), 'the fixture has bold and italic').toBe(true);
    for (const t of types) expect(STANDARD_TYPES.has(mapped(st, t)), `${t} → ${mapped(st, t)}`).toBe(true);
  });

  it('#8 apostrophes extract as ’ (U+2019), never as ʼ (U+02BC)', async () => {
    expect(pdf.text.join(' ')).not.toContain('ʼ');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const items = (await (await doc.getPage(2)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('');
    await doc.destroy();
    expect(items).toContain('Where we’re headed'); // pdf.js's own items, joined as a copy joins them
  });

  it('#10 every slide has exactly one bookmark; the quote slide\'s is its first words', () => {
    expect(allTitles(pdf.outline)).toHaveLength(slides.length);
    expect(allTitles(pdf.outline)).toContain('Simple things should be simple, and complex…');
  });

  it('XMP metadata: dc:title, dc:creator, dc:description and pdfuaid:part=1, matching the Info dictionary', () => {
    expect(st.xmp).toBeDefined();
    const xmp = st.xmp!;
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toMatch(/<dc:title>[\s\S]*__init__ and my_var_name: 2 \* 3 is fine[\s\S]*<\/dc:title>/);
    expect(xmp).toMatch(/<dc:creator>[\s\S]*Ada O’Neil[\s\S]*<\/dc:creator>/);
    expect(xmp).toMatch(/<dc:description>[\s\S]*How PDFs keep snake_case and 2 \* 3 intact\.[\s\S]*<\/dc:description>/);
    expect(pdf.info.Author).toBe('Ada O’Neil');
    expect(st.catalog.Metadata).toMatch(/\d+ 0 R/);
  });

  it('every Figure has /Alt; the image\'s is its alt text; wrappers are not Figures', () => {
    const figures = st.elems.filter((e) => mapped(st, e.type) === 'Figure');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.alt, 'Figure without /Alt').toBeTruthy();
    expect(figures.map((f) => f.alt)).toContain('A diagram of three boxes');
  });

  it('link annotations carry /Contents (the link text)', () => {
    expect(st.links.length).toBeGreaterThan(0);
    for (const l of st.links) expect(l.contents, l.uri).toBeTruthy();
    expect(st.links.find((l) => l.uri === 'https://pytorch.org/docs')?.contents).toBe('PyTorch docs');
  });

  it('card and column titles are headings in the tag tree', () => {
    const headings = st.elems.filter((e) => /^H\d?$/.test(mapped(st, e.type)));
    expect(headings.length).toBeGreaterThanOrEqual(slides.length - 1 + 3 + 2); // slide titles (quote has none) + 3 cards + 2 columns
  });

  it('decoration is an artifact: footer, slide number, card numbers, quote mark and dash; nothing untagged', async () => {
    const kinds = await contentKinds(file);
    kinds.forEach((k, i) => expect(k.untagged.trim(), `page ${i + 1} untagged text`).toBe(''));
    const cards = kinds[5]!;
    expect(squash(cards.artifact)).toMatch(/01.*02.*03/);
    expect(cards.tagged).not.toMatch(/\b0[123]\b/);
    expect(kinds[4]!.tagged).not.toMatch(/[“—]/);
    expect(kinds[2]!.tagged).not.toContain('my_var_name'); // the footer repeats the deck title
  });
});

describe('pdf-edge: --fragments --notes', () => {
  let file: string;
  let pdf: PdfInfo;
  beforeAll(async () => {
    file = (await runExport({ deck, out: path.join(out, 'fn'), pdf: true, handout: false, flags: { fragments: true, notes: true } })).pdf!.file;
    pdf = await readPdf(file);
  }, 120_000);

  it('#1 long notes never fail the export: all of them are printed, continuing on a labelled page', () => {
    const text = pdf.text.join(' ');
    expect(text).toContain('LASTWORDMEDIUM');
    expect(text).toContain('LASTWORDLONG');
    expect(pdf.labels).toContain('10 notes');
    expect(pdf.labels).toContain('10 notes (2)');
  });

  it('#4 the notes page follows the slide\'s last step', () => {
    expect(pdf.labels!.slice(4, 9)).toEqual(['3a', '3b', '3c', '3d', '3 notes']);
    expect(pdf.text[8]).toContain('Steps notes come after the last step.');
  });

  it('#3 one bookmark per slide, pointing at its first step', async () => {
    const titles = allTitles(pdf.outline);
    expect(titles).toHaveLength(slides.length);
    expect(titles.filter((t) => t === 'Three steps')).toHaveLength(1);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const entry = (await doc.getOutline()).flatMap((o) => [o, ...o.items]).find((o) => o.title === 'Three steps')!;
    const dest = Array.isArray(entry.dest) ? entry.dest : await doc.getDestination(String(entry.dest));
    expect(pdf.labels![await doc.getPageIndex(dest![0])]).toBe('3a');
    await doc.destroy();
  });

  it('#9 fragment pages print the number their label says (3a, 3b …)', () => {
    for (const [i, label] of pdf.labels!.entries()) {
      if (/^\d+[a-z]$/.test(label)) expect(pdf.text[i]!.trim().endsWith(label), `page ${label}: …${pdf.text[i]!.slice(-30)}`).toBe(true);
    }
  });

  it('#2 notes pages keep the layout\'s margins (132 × 96 px) and the label at full contrast', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
    const n = pdf.labels!.indexOf('3 notes');
    const items = (await (await doc.getPage(n + 1)).getTextContent()).items.filter((it) => 'str' in it && it.str.trim());
    const scale = 1440 / 1920;
    for (const it of items) {
      const [, , , , x, y] = (it as { transform: number[] }).transform;
      expect(x!, 'left margin').toBeGreaterThanOrEqual(132 * scale - 1);
      expect(810 - y!, 'top margin').toBeGreaterThanOrEqual(96 * scale);
    }
    await doc.destroy();
    // the label is drawn in the accent colour itself, not blended at half opacity
    const px = renderPage(file, n + 1, 72);
    let accent = 0;
    for (let y = 70; y < 95; y++) for (let x = 95; x < 330; x++) { const [r, g, b] = pixel(px, x, y); if (r > 200 && g > 60 && g < 120 && b < 90) accent++; }
    expect(accent, 'pixels in #f05a3a').toBeGreaterThan(50);
  });
});

describe('pdf-edge: handout', () => {
  it('has an outline (one entry per slide), the same metadata and XMP', async () => {
    const r = await runExport({ deck, out: path.join(out, 'h'), pdf: false, handout: true, flags: { perPage: 6 } });
    const [info, st] = await Promise.all([readPdf(r.handout!.file), readStructure(r.handout!.file)]);
    expect(allTitles(info.outline)).toHaveLength(slides.length);
    expect(allTitles(info.outline)[0]).toBe('__init__ and my_var_name: 2 * 3 is fine');
    expect(info.info.Title).toBe('__init__ and my_var_name: 2 * 3 is fine — handout');
    expect(st.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(st.xmp).toContain('__init__ and my_var_name: 2 * 3 is fine — handout');
    for (const t of new Set(st.elems.map((e) => e.type))) expect(STANDARD_TYPES.has(mapped(st, t)), t).toBe(true);
  }, 120_000);
});
