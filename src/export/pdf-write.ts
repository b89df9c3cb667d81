// Writing a finished PDF as one revision: every object Podium does not change is copied byte for byte
// from Chromium's file (no parsing, no re-encoding), the objects it changes are written in their place,
// new ones are appended, and one classic xref table covers them all. An incremental update (ISO 32000-1
// §7.5.6) would keep the superseded objects in the file: the artifact-marked content streams replace every
// page's content, so an update doubled their bytes (5.3 → 7.4 KB per text slide).
import { fail, latin1, streamLength, type PdfFile } from './pdf-read.ts';

export type PdfValue = string | Buffer;

/** Where object `num` lies: `head` is from its offset to the end of its dictionary and `stream\n` (or its
 * `endobj`), `end` just after its `endobj` — a stream's data is skipped by its /Length. */
export function objectSpan(f: PdfFile, num: number): { at: number; head: number; end: number; value: string } {
  const at = f.offsets.get(num) ?? fail(`object ${num} is not in the xref table`);
  for (let len = 8192; ; len *= 4) { // the object's own value: up to its first `endobj` or `stream`
    const text = latin1(f.pdf, at, Math.min(f.pdf.length, at + len));
    const m = /^\d+\s+0\s+obj\s*([\s\S]*?)\s*(endobj|stream\r?\n)/.exec(text);
    if (m?.[2] === 'endobj') return { at, head: at + m[0].length, end: at + m[0].length, value: m[1]! };
    if (m) return { at, head: at + m[0].length, end: endobjAfter(f, at + m[0].length + streamLength(f, m[1]!, num), num), value: m[1]! };
    if (at + len >= f.pdf.length) fail(`object ${num} has no endobj`);
  }
}

export const objectEnd = (f: PdfFile, num: number): number => objectSpan(f, num).end;

function endobjAfter(f: PdfFile, from: number, num: number): number {
  for (let len = 4096; ; len *= 4) {
    const end = Math.min(f.pdf.length, from + len);
    const i = latin1(f.pdf, from, end).indexOf('endobj');
    if (i >= 0) return from + i + 'endobj'.length;
    if (end >= f.pdf.length) fail(`object ${num} has no endobj`);
  }
}

export function objectBytes(num: number, value: PdfValue): Buffer {
  return Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), typeof value === 'string' ? Buffer.from(value, 'latin1') : value, Buffer.from('\nendobj\n', 'latin1')]);
}

/** A stream object's value: its dictionary (plus `dict`) and the data. */
export function streamValue(data: Buffer, dict = ''): Buffer {
  return Buffer.concat([Buffer.from(`<<${dict}/Length ${data.length}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

export interface Rewrite {
  /** new values of existing objects, and new objects (numbers from f.size up) */
  objects: Map<number, PdfValue>;
  /** existing objects left out of the new file */
  drop?: Set<number>;
  /** the trailer's entries (without /Size, /Prev) */
  trailer: string;
  size: number;
}

/** The file with `objects` replacing or adding objects, in one revision. Unchanged objects keep their bytes. */
export function rewritePdf(f: PdfFile, r: Rewrite): Uint8Array {
  const kept = [...f.offsets.keys()].filter((n) => !r.drop?.has(n)).sort((a, b) => f.offsets.get(a)! - f.offsets.get(b)!);
  const first = kept.length ? f.offsets.get(kept[0]!)! : 0;
  const parts: Buffer[] = [Buffer.from(f.pdf.subarray(0, first))]; // %PDF-1.x and the binary comment
  let length = first;
  const offsets = new Map<number, number>();
  const put = (num: number, chunk: Buffer) => { offsets.set(num, length); parts.push(chunk); length += chunk.length; };
  for (const num of kept) {
    const value = r.objects.get(num);
    if (value !== undefined) { put(num, objectBytes(num, value)); continue; }
    const at = f.offsets.get(num)!;
    put(num, Buffer.concat([Buffer.from(f.pdf.subarray(at, objectEnd(f, num))), Buffer.from('\n', 'latin1')]));
  }
  for (const [num, value] of r.objects) if (!offsets.has(num)) put(num, objectBytes(num, value));
  parts.push(xrefTable(offsets, r.size, r.trailer, length));
  return new Uint8Array(Buffer.concat(parts));
}

/** One classic xref section for objects 1 … size-1 (absent ones free) and its trailer. */
export function xrefTable(offsets: Map<number, number>, size: number, trailer: string, startxref: number): Buffer {
  const rows = ['0000000000 65535 f \n'];
  for (let n = 1; n < size; n++) {
    const off = offsets.get(n);
    rows.push(off === undefined ? '0000000000 65535 f \n' : `${String(off).padStart(10, '0')} 00000 n \n`);
  }
  return Buffer.from(`xref\n0 ${size}\n${rows.join('')}trailer\n<</Size ${size} ${trailer}>>\nstartxref\n${startxref}\n%%EOF\n`, 'latin1');
}
