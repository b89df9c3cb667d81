// Just enough PDF reading to finish Chromium's file: the xref chain, objects, streams, the page tree.
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { objectBody, objectStream, pageRefs, readPdfFile, ref } from '../../../src/export/pdf-read.ts';
import { catchDeckError } from '../_support.ts';

/** A classic-xref PDF like Chromium's (pdf-lib without object streams writes one). */
async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([400, 225]);
  return doc.save({ useObjectStreams: false });
}

/** A hand-made PDF: objects 1–4 (4 a stream), its xref and trailer. */
function handMade(stream: Buffer, filter = ''): Uint8Array {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R >>',
    `<< /Length ${stream.length}${filter} >>\nstream\n`];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objs.forEach((o, i) => {
    offsets.push(at);
    const body = i === 3 ? Buffer.concat([Buffer.from(`4 0 obj\n${o}`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')])
      : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1');
    parts.push(body);
    at += body.length;
  });
  const xref = `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(xref, 'latin1')]));
}

describe('readPdfFile', () => {
  it('reads the xref table, the catalog and the pages in order', async () => {
    const f = readPdfFile(await samplePdf(3));
    expect(f.size).toBeGreaterThan(3);
    expect(objectBody(f, f.root)).toMatch(/\/Type\s*\/Catalog/);
    const pages = pageRefs(f);
    expect(pages).toHaveLength(3);
    for (const p of pages) expect(objectBody(f, p)).toMatch(/\/Type\s*\/Page\b/);
  });

  it('reads a stream\'s bytes, inflating FlateDecode', () => {
    expect(objectStream(readPdfFile(handMade(Buffer.from('BT ET'))), 4)).toEqual({ dict: '<< /Length 5 >>', data: Buffer.from('BT ET') });
    const packed = deflateSync(Buffer.from('q 1 0 0 1 0 0 cm Q'));
    expect(objectStream(readPdfFile(handMade(packed, ' /Filter /FlateDecode')), 4).data.toString('latin1')).toBe('q 1 0 0 1 0 0 cm Q');
    expect(pageRefs(readPdfFile(handMade(Buffer.from('x'))))).toEqual([3]);
  });

  it('finds a reference in a dictionary', () => {
    expect(ref('<< /Type /Catalog /Pages 12 0 R >>', 'Pages')).toBe(12);
    expect(ref('<< /Type /Catalog >>', 'Pages')).toBeUndefined();
  });

  it('refuses what it cannot finish, saying so', () => {
    expect(catchDeckError(() => readPdfFile(new TextEncoder().encode('%PDF-1.4\nnothing'))).message)
      .toBe('the PDF Chromium wrote is not one Podium can finish: no startxref');
    const f = readPdfFile(handMade(Buffer.from('x')));
    expect(catchDeckError(() => objectBody(f, 9)).message).toContain('object 9 is not in the xref table');
    const noXref = new TextEncoder().encode('%PDF-1.4\nstartxref\n3\n%%EOF\n');
    expect(catchDeckError(() => readPdfFile(noXref)).message).toContain('no classic xref table');
  });
});
