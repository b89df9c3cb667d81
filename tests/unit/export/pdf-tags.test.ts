// Accessibility repairs to Chromium's tagged PDF: a /RoleMap, /Contents on links, ToUnicode for ’.
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdfFile } from '../../../src/export/pdf-read.ts';
import { linkObjects, roleMapObject, ROLE_MAP, toUnicodeObjects } from '../../../src/export/pdf-tags.ts';

/** A classic-xref PDF of the given objects (numbered from 1; a Buffer is a FlateDecode stream's data). */
function pdf(objects: Array<string | Buffer>): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const body = typeof o === 'string' ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Filter /FlateDecode /Length ${o.length} >>\nstream\n`, 'latin1'), o, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(body);
    at += body.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
    + `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(xref, 'latin1')]));
}

const text = (s: string) => `(${s})`;

describe('roleMapObject', () => {
  it('adds a /RoleMap for the PDF 2.0 types to the structure tree root', () => {
    const f = readPdfFile(pdf(['<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Type /StructTreeRoot /K 4 0 R >>']));
    const [num, body] = roleMapObject(f)!;
    expect(num).toBe(3);
    expect(body).toMatch(/^<< \/Type \/StructTreeRoot \/K 4 0 R \n\/RoleMap <<\/Strong \/Span .*\/Artifact \/NonStruct>>\n>>$/);
    expect(Object.keys(ROLE_MAP)).toContain('FENote');
  });

  it('leaves an untagged PDF and an existing /RoleMap alone', () => {
    expect(roleMapObject(readPdfFile(pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])))).toBeUndefined();
    expect(roleMapObject(readPdfFile(pdf(['<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Type /StructTreeRoot /RoleMap << >> >>'])))).toBeUndefined();
  });
});

describe('linkObjects', () => {
  it('gives each link annotation its text on the page, matched by URI, else the URI', () => {
    const f = readPdfFile(pdf([
      '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /Annots [4 0 R 5 0 R 6 0 R] >>',
      '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://x.org/a) >> >>',
      '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://x.org/b) >> >>',
      '<< /Type /Annot /Subtype /Link /Contents (kept) /A << /S /URI /URI (https://x.org/c) >> >>',
    ]));
    expect(linkObjects(f, [[{ uri: 'https://x.org/a', text: '  the   docs ' }]], text)).toEqual([
      [4, '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://x.org/a) >> \n/Contents (the docs)\n>>'],
      [5, '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://x.org/b) >> \n/Contents (https://x.org/b)\n>>'],
    ]);
  });
});

describe('toUnicodeObjects', () => {
  const cmap = 'begincmap\n1 beginbfchar\n<0003> <02BC>\nendbfchar\n1 beginbfrange\n<0004> <0005> <02BC>\nendbfrange\nendcmap';
  const doc = () => readPdfFile(pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>',
    '<< /Type /Font /ToUnicode 4 0 R >>', deflateSync(Buffer.from(cmap, 'latin1'))]));

  it('sends the shared apostrophe glyph to U+2019 in bfchar lines only', () => {
    const [[num, obj]] = toUnicodeObjects(doc(), false) as [[number, Buffer]];
    expect(num).toBe(4);
    const head = obj.subarray(0, obj.indexOf('stream\n') + 7).toString('latin1');
    const data = obj.subarray(head.length, obj.length - '\nendstream'.length);
    expect(head).toBe(`<</Filter /FlateDecode /Length ${data.length}>>\nstream\n`);
    expect(inflateSync(data).toString('latin1')).toBe(cmap.replace('<0003> <02BC>', '<0003> <2019>'));
  });

  it('changes nothing when the document really uses U+02BC', () => {
    expect(toUnicodeObjects(doc(), true)).toEqual([]);
  });
});
