// Writing the finished PDF as one revision: unchanged objects byte for byte, changed ones in place, new ones
// appended, dropped ones freed, one xref table a real reader (pdf-lib) accepts.
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { objectBody, objectStream, readPdfFile } from '../../../src/export/pdf-read.ts';
import { objectSpan, rewritePdf, streamValue, xrefTable, type PdfValue } from '../../../src/export/pdf-write.ts';

async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([400, 225]);
  return doc.save({ useObjectStreams: false });
}

describe('rewritePdf', () => {
  it('replaces one object, appends a stream, keeps every other object\'s bytes, and reads back', async () => {
    const f = readPdfFile(await samplePdf(2));
    const pageNum = [...f.offsets.keys()].find((n) => /\/Type\s*\/Page\b/.test(objectBody(f, n)))!;
    const untouched = [...f.offsets.keys()].filter((n) => n !== pageNum);
    const before = new Map(untouched.map((n) => { const s = objectSpan(f, n); return [n, Buffer.from(f.pdf.subarray(s.at, s.end)).toString('latin1')]; }));
    const body = objectBody(f, pageNum).replace(/>>\s*$/, `/UserUnit 2 /Contents ${f.size} 0 R>>`);
    const out = rewritePdf(f, { objects: new Map<number, PdfValue>([[pageNum, body], [f.size, streamValue(Buffer.from('BT ET'))]]), trailer: `/Root ${f.root} 0 R`, size: f.size + 1 });

    const g = readPdfFile(out);
    expect(g.size).toBe(f.size + 1);
    for (const n of untouched) { const s = objectSpan(g, n); expect(Buffer.from(g.pdf.subarray(s.at, s.end)).toString('latin1')).toBe(before.get(n)); }
    expect(objectStream(g, f.size).data.toString('latin1')).toBe('BT ET');
    expect(Buffer.from(out).toString('latin1').match(/startxref/g)).toHaveLength(1); // one revision, not an update
    const doc = await PDFDocument.load(out);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPages().map((p) => (p.node.get(PDFName.of('UserUnit')) as PDFNumber | undefined)?.asNumber())).toContain(2);
  });

  it('frees the objects it drops', async () => {
    const f = readPdfFile(await samplePdf(1));
    const info = f.info!;
    const out = rewritePdf(f, { objects: new Map(), drop: new Set([info]), trailer: `/Root ${f.root} 0 R`, size: f.size });
    expect(readPdfFile(out).offsets.has(info)).toBe(false);
    expect((await PDFDocument.load(out)).getPageCount()).toBe(1);
  });
});

describe('xrefTable', () => {
  it('lists objects 1 … size-1 with 10-digit offsets, absent ones free, and its trailer', () => {
    const x = xrefTable(new Map([[1, 15], [3, 120]]), 4, '/Root 1 0 R', 300).toString('latin1');
    expect(x).toBe('xref\n0 4\n0000000000 65535 f \n0000000015 00000 n \n0000000000 65535 f \n0000000120 00000 n \n'
      + 'trailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n300\n%%EOF\n');
  });
});
