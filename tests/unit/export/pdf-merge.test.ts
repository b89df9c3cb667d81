// Joining the tagged PDFs of a deck printed in parts: pages in order, one page tree, one structure tree
// with one Document element, parent-tree keys shifted — read back by pdf.js and pdf-lib.
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DeckError } from '../../../src/errors.ts';
import { mergePdfs } from '../../../src/export/pdf-merge.ts';
import { finishPdf } from '../../../src/export/pdf-update.ts';

/** A tagged PDF shaped like Chromium's: Document → P per page, a flat parent tree, /StructParents per page. */
function taggedPdf(words: string[]): Uint8Array {
  const n = words.length;
  // 1 catalog, 2 pages, 3 struct root, 4 parent tree, 5 Document, 6 font, then per page: page, content, P, parent array
  const objs: string[] = [];
  const page = (i: number) => 7 + i * 4;
  objs[1] = '<</Type /Catalog /Pages 2 0 R /MarkInfo <</Marked true>> /StructTreeRoot 3 0 R /Lang (en)>>';
  objs[2] = `<</Type /Pages /Count ${n} /Kids [${words.map((_, i) => `${page(i)} 0 R`).join(' ')}]>>`;
  objs[3] = `<</Type /StructTreeRoot /K 5 0 R /ParentTreeNextKey ${n} /ParentTree 4 0 R>>`;
  objs[4] = `<</Type /ParentTree /Nums [${words.map((_, i) => `${i} ${page(i) + 3} 0 R`).join(' ')}]>>`;
  objs[5] = `<</Type /StructElem /S /Document /Lang (en) /P 3 0 R /K [${words.map((_, i) => `${page(i) + 2} 0 R`).join(' ')}]>>`;
  objs[6] = '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>';
  words.forEach((w, i) => {
    const p = page(i);
    const content = `/P <</MCID 0>> BDC BT /F1 24 Tf 20 100 Td (${w}) Tj ET EMC`;
    objs[p] = `<</Type /Page /Parent 2 0 R /MediaBox [0 0 400 225] /Resources <</Font <</F1 6 0 R>>>> /Contents ${p + 1} 0 R /StructParents ${i}>>`;
    objs[p + 1] = `<</Length ${content.length}>>\nstream\n${content}\nendstream`;
    objs[p + 2] = `<</Type /StructElem /S /P /P 5 0 R /Pg ${p} 0 R /K 0 /ActualText (${w} 9 0 R)>>`;
    objs[p + 3] = `[${p + 2} 0 R]`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) { offsets[i] = out.length; out += `${i} 0 obj\n${objs[i]}\nendobj\n`; }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objs.length} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) out.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(''));
  await doc.destroy();
  return out;
}

describe('mergePdfs', () => {
  it('returns a single part as it is', () => {
    const one = taggedPdf(['a']);
    expect(mergePdfs([one])).toBe(one);
  });

  it('joins the parts: pages in order, one Document, parent-tree keys shifted, strings untouched', async () => {
    const merged = mergePdfs([taggedPdf(['one', 'two']), taggedPdf(['three']), taggedPdf(['four', 'five'])]);
    expect(await pageTexts(merged)).toEqual(['one', 'two', 'three', 'four', 'five']);
    const lib = await PDFDocument.load(merged, { updateMetadata: false });
    expect(lib.getPageCount()).toBe(5);
    expect(lib.getPages().map((p) => p.node.get(PDFName.of('StructParents'))?.toString())).toEqual(['0', '1', '2', '3', '4']);
    const root = lib.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(root.get(PDFName.of('ParentTreeNextKey'))?.toString()).toBe('5');
    const doc = root.lookup(PDFName.of('K'), PDFDict);
    expect(doc.get(PDFName.of('S'))?.toString()).toBe('/Document');
    expect(Buffer.from(merged).toString('latin1')).toContain('/ActualText (four 9 0 R)'); // a reference-like string is text
    const finished = finishPdf(merged, { title: 'Joined' }); // and the finishing reads it like Chromium's own
    expect(await pageTexts(finished)).toHaveLength(5);
  });

  it('fails with a DeckError on a part that is not tagged (the caller then prints in one piece)', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    const untagged = await plain.save({ useObjectStreams: false });
    expect(() => mergePdfs([untagged, untagged])).toThrow(DeckError);
  });
});
