// A validator pass over the PyTorch talk's PDFs — plain, `--fragments --notes`, and a 6-up handout — with
// readers nobody here wrote: qpdf's structural check, poppler's tag-tree reader, pdf.js's text extraction.
// qpdf and poppler are installed by `npm run setup`; without them those parts are skipped, saying so.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownText } from '../../src/content/plain-text.ts';
import { runExport } from '../../src/export/export.ts';
import { deckYaml, PYTORCH, tempDir } from '../support/decks.ts';
import { contentKinds, have, mapped, pdfinfoStruct, qpdfCheck, readStructure, STANDARD_TYPES } from '../support/pdf-structure.ts';

const out = tempDir();
afterAll(() => rmSync(out, { recursive: true, force: true }));
const slides = deckYaml(PYTORCH).slides;
const squash = (s: string) => s.replace(/\s+/g, '');
const HAVE_QPDF = have('qpdf');
const HAVE_POPPLER = have('pdfinfo');
if (!HAVE_QPDF) console.warn('qpdf not installed: skipping `qpdf --check` (npm run setup installs it as root; apt-get install qpdf)');
if (!HAVE_POPPLER) console.warn('poppler-utils not installed: skipping `pdfinfo -struct` (apt-get install poppler-utils)');

/** Each page's text as pdf.js extracts it (items joined as a copy joins them), and the page labels. */
async function pages(file: string): Promise<{ text: string[]; labels: string[] | null }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const text: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) text.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(''));
  const labels = await doc.getPageLabels();
  await doc.destroy();
  return { text, labels };
}

const files: Record<string, string> = {};
beforeAll(async () => {
  const plain = await runExport({ deck: PYTORCH, out: path.join(out, 'plain'), pdf: true, handout: true, flags: { perPage: 6 } });
  const fn = await runExport({ deck: PYTORCH, out: path.join(out, 'fn'), pdf: true, handout: false, flags: { fragments: true, notes: true } });
  process.env.PODIUM_PDF_PART_PAGES = '4'; // a big deck's path: printed 4 pages at a time and joined (pdf-merge.ts)
  const parts = await runExport({ deck: PYTORCH, out: path.join(out, 'parts'), pdf: true, handout: true, flags: { fragments: true, notes: true, perPage: 1 } }).finally(() => { delete process.env.PODIUM_PDF_PART_PAGES; });
  Object.assign(files, { plain: plain.pdf!.file, handout: plain.handout!.file, 'fragments + notes': fn.pdf!.file, 'printed in parts': parts.pdf!.file, 'handout printed in parts': parts.handout!.file });
}, 240_000);

describe.each(['plain', 'fragments + notes', 'handout', 'printed in parts', 'handout printed in parts'])('pytorch-lessons %s', (kind) => {
  it.skipIf(!HAVE_QPDF)('qpdf --check: no syntax or stream encoding errors, no warnings', () => {
    const r = qpdfCheck(files[kind]!);
    expect(r.output).toContain('No syntax or stream encoding errors');
    expect(r.status, r.output).toBe(0);
  });

  it.skipIf(!HAVE_POPPLER)('pdfinfo -struct reads the whole tag tree: no syntax errors, no "wrong type"', () => {
    const r = pdfinfoStruct(files[kind]!);
    expect(r.errors).toEqual([]);
    expect(r.tree).toMatch(/^Document/m);
  });

  it('every structure type is standard or role-mapped; XMP says PDF/UA-1; every Figure has /Alt; links have /Contents', async () => {
    const st = await readStructure(files[kind]!);
    for (const t of new Set(st.elems.map((e) => e.type))) expect(STANDARD_TYPES.has(mapped(st, t)), t).toBe(true);
    expect(st.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    for (const f of st.elems.filter((e) => mapped(st, e.type) === 'Figure')) expect(f.alt).toBeTruthy();
    for (const l of st.links) expect(l.contents, l.uri).toBeTruthy();
  });

  it('all text is tagged or an artifact (pdf.js marked content)', async () => {
    (await contentKinds(files[kind]!)).forEach((k, i) => expect(k.untagged.trim(), `page ${i + 1}`).toBe(''));
  });
});

describe('pytorch-lessons printed in parts (fragments + notes)', () => {
  it('has the same pages, text, labels and tagged elements as printed in one piece', async () => {
    const [one, parts] = [await pages(files['fragments + notes']!), await pages(files['printed in parts']!)];
    expect(parts.text.length).toBeGreaterThan(8);
    expect(parts.text).toEqual(one.text);
    expect(parts.labels).toEqual(one.labels);
    const [a, b] = [await readStructure(files['fragments + notes']!), await readStructure(files['printed in parts']!)];
    const content = (st: typeof a) => st.elems.map((e) => e.type).filter((t) => !['Document', 'NonStruct', 'Div'].includes(t));
    expect(content(b)).toEqual(content(a)); // each part adds only its own wrapper elements
    expect(b.elems.filter((e) => e.type === 'Document')).toHaveLength(1);
  });
});

describe.each(['plain', 'fragments + notes', 'printed in parts'])('pytorch-lessons %s: pdf.js text equals the slides\' text', (kind) => {
  it('for every title and for the code', async () => {
    const { text, labels } = await pages(files[kind]!);
    const first = (n: number) => (labels ? labels.findIndex((l) => l === String(n) || l === `${n}a`) : n - 1);
    slides.forEach((s, i) => {
      const page = text[first(i + 1)]!;
      if (typeof s.title === 'string') expect(squash(page), `slide ${i + 1}`).toContain(squash(markdownText(s.title)));
      if (typeof s.code === 'string') expect(squash(page), `slide ${i + 1} code`).toContain(squash(s.code));
    });
  });
});
