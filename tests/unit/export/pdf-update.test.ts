// The incremental update that finishes Chromium's PDFs: read back by two independent PDF readers.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { finishPdf, pageCount, pdfText } from '../../../src/export/pdf-update.ts';
import { DeckError } from '../../../src/errors.ts';

/** A classic-xref PDF like Chromium's (pdf-lib without object streams writes one). */
async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([400, 225]).drawText(`page ${i + 1}`, { x: 20, y: 100 });
  doc.setTitle('Original');
  return doc.save({ useObjectStreams: false });
}

const read = async (bytes: Uint8Array) => {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const result = { pages: doc.numPages, info: (await doc.getMetadata()).info as Record<string, unknown>, labels: await doc.getPageLabels() };
  await doc.destroy();
  return result;
};

describe('finishPdf', () => {
  it('counts pages from the page tree', async () => {
    expect(pageCount(await samplePdf(3))).toBe(3);
  });

  it('adds metadata in one revision, copying every object it does not change byte for byte', async () => {
    const original = await samplePdf(2);
    const out = finishPdf(original, { title: 'Ünïcödé — “talk” 🚀', author: 'Ada', subject: 'A subject', keywords: ['a', 'b'] }, new Date('2026-01-02T03:04:05Z'));
    const text = Buffer.from(out).toString('latin1');
    expect(text.match(/%%EOF/g)).toHaveLength(1); // no incremental update: superseded objects are not kept
    expect(text).not.toMatch(/\/Prev/);
    const font = /\d+ 0 obj\s*<<\s*\/Type \/Font[\s\S]*?endobj/.exec(Buffer.from(original).toString('latin1'))![0];
    expect(text).toContain(font); // the font dictionary, copied as it was
    const r = await read(out);
    expect(r.pages).toBe(2);
    expect(r.info).toMatchObject({ Title: 'Ünïcödé — “talk” 🚀', Author: 'Ada', Subject: 'A subject', Keywords: 'a, b', Creator: 'Podium' });
    expect(String(r.info.CreationDate)).toMatch(/^D:20260102030405/);
    const lib = await PDFDocument.load(out, { updateMetadata: false });
    expect(lib.getAuthor()).toBe('Ada');
    expect(lib.getPageCount()).toBe(2);
  });

  it('writes page labels when asked, keeping the catalog', async () => {
    const out = finishPdf(await samplePdf(3), { title: 'T', labels: ['5a', '5b', '5 notes'] });
    expect((await read(out)).labels).toEqual(['5a', '5b', '5 notes']);
    expect(pageCount(out)).toBe(3);
  });

  it('refuses a file it cannot finish with a DeckError, not a crash', () => {
    expect(() => finishPdf(new TextEncoder().encode('%PDF-1.4\nnot really'), { title: 'x' })).toThrow(DeckError);
  });

  it('encodes text as UTF-16BE hex with a BOM', () => {
    expect(pdfText('A')).toBe('<FEFF0041>');
    expect(pdfText('😀')).toBe('<FEFFD83DDE00>');
  });
});

describe('decodePdfString', () => {
  it('reads literal strings with escapes and hex UTF-16', async () => {
    const { decodePdfString } = await import('../../../src/export/pdf-update.ts');
    expect(decodePdfString('(a \\(b\\) c\\\\d\\101)')).toBe('a (b) c\\dA');
    expect(decodePdfString('<FEFF00E9>')).toBe('é');
  });
});

describe('finishPdf: outline and XMP', () => {
  async function sample(pages: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    for (let i = 0; i < pages; i++) doc.addPage([400, 225]).drawText(`page ${i + 1}`, { x: 20, y: 100 });
    return doc.save({ useObjectStreams: false });
  }

  it('writes the outline it is given: top-level sections holding their slides, each at its page', async () => {
    const out = finishPdf(await sample(4), { title: 'T', bookmarks: [
      { title: 'Intro', page: 0, top: true }, { title: 'Part 1', page: 1, top: true }, { title: 'A', page: 2, top: false }, { title: 'B', page: 3, top: false }] });
    const doc = await getDocument({ data: out.slice(), verbosity: 0 }).promise;
    const outline = await doc.getOutline();
    expect(outline.map((o) => [o.title, o.items.map((i) => i.title)])).toEqual([['Intro', []], ['Part 1', ['A', 'B']]]);
    expect(await doc.getPageIndex((outline[1]!.items[1]!.dest as [{ num: number; gen: number }])[0])).toBe(3);
    await doc.destroy();
  });

  it('adds XMP matching Info, in UTF-8', async () => {
    const out = finishPdf(await sample(1), { title: 'Ünï “t”', author: 'Ada O’Neil', subject: 'S & T' });
    const doc = await getDocument({ data: out.slice(), verbosity: 0 }).promise;
    const meta = await doc.getMetadata();
    expect(meta.metadata?.get('dc:title')).toBe('Ünï “t”');
    expect(meta.metadata?.get('dc:creator')).toEqual(['Ada O’Neil']);
    expect(meta.metadata?.get('dc:description')).toBe('S & T');
    expect((meta.info as Record<string, unknown>).Title).toBe('Ünï “t”');
    await doc.destroy();
  });
});
