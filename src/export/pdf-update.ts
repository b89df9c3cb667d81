// Finishing Chromium's PDF without re-writing it: an incremental update (ISO 32000-1 §7.5.6) appends a new
// Info dictionary (author, subject, keywords, creator) and, when asked, a catalog carrying /PageLabels,
// then a one-entry-per-object xref section and a trailer whose /Prev points at the previous one. Reading
// is limited to what the update needs: trailers, xref tables, the catalog and the page tree root.
// Cost: O(size of the tail), not O(pages) — a 2000-page PDF is finished in milliseconds.
import { DeckError } from '../errors.ts';

const latin1 = (b: Uint8Array, start = 0, end = b.length) => Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');

interface Tail { startxref: number; size: number; root: number; offsets: Map<number, number> }

function fail(message: string): never {
  throw new DeckError({ message: `the PDF Chromium wrote is not one Podium can finish: ${message}` });
}

function readTail(pdf: Uint8Array): Tail {
  const end = latin1(pdf, Math.max(0, pdf.length - 2048));
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(end)?.[1] ?? fail('no startxref'));
  const offsets = new Map<number, number>();
  let size = 0;
  let root = 0;
  // Follow the chain of xref sections (newest first; an entry already seen is newer and wins).
  for (let at: number | undefined = startxref, hops = 0; at !== undefined; hops++) {
    if (hops > 64) fail('too many xref sections');
    const section = latin1(pdf, at);
    if (!section.startsWith('xref')) fail('no classic xref table');
    const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(section)?.[1] ?? fail('no trailer');
    size ||= Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? fail('no /Size'));
    root ||= Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1] ?? fail('no /Root'));
    const table = section.slice(4, section.indexOf('trailer'));
    const re = /(\d+)\s+(\d+)\s*\r?\n((?:\d{10} \d{5} [nf][ \t]*\r?\n?)+)/g;
    for (let m = re.exec(table); m; m = re.exec(table)) {
      const first = Number(m[1]);
      m[3]!.trim().split(/\r?\n/).forEach((line, i) => {
        if (line.trim().endsWith('n') && !offsets.has(first + i)) offsets.set(first + i, Number(line.slice(0, 10)));
      });
    }
    const prev = /\/Prev\s+(\d+)/.exec(trailer)?.[1];
    at = prev === undefined ? undefined : Number(prev);
  }
  return { startxref, size, root, offsets };
}

function objectBody(pdf: Uint8Array, t: Tail, num: number): string {
  const at = t.offsets.get(num) ?? fail(`object ${num} is not in the xref table`);
  const text = latin1(pdf, at, Math.min(pdf.length, at + 4096));
  return /^\d+\s+0\s+obj\s*([\s\S]*?)\s*endobj/.exec(text)?.[1] ?? fail(`object ${num} cannot be read`);
}

/** Number of pages, from the page tree root's /Count. */
export function pageCount(pdf: Uint8Array): number {
  const t = readTail(pdf);
  const pages = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(objectBody(pdf, t, t.root))?.[1] ?? fail('catalog has no /Pages'));
  return Number(/\/Count\s+(\d+)/.exec(objectBody(pdf, t, pages))?.[1] ?? fail('page tree has no /Count'));
}

/** A PDF text string that survives any Unicode: UTF-16BE with a byte-order mark, hex-encoded. */
export function pdfText(s: string): string {
  let hex = 'FEFF';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
    for (const u of units) hex += u.toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  return `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

export interface PdfFinish {
  title: string; author?: string; subject?: string; keywords?: string[];
  labels?: string[];
  /** the slide titles as written: bookmarks Chromium wrote without a space at a line wrap are corrected */
  bookmarks?: string[];
}

/** A PDF string object — literal `(…)` with its escapes, or `<hex>` (UTF-16BE when it starts with FEFF). */
export function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  }
  const body = raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? (/\n/.test(e) ? '' : e));
  const bytes = Buffer.from(body, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : body;
}

const TITLE = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\))/;

/** Outline items whose /Title differs from a known title only in white space, rewritten with the known one. */
function fixBookmarks(pdf: Uint8Array, t: Tail, titles: string[]): [number, string][] {
  const known = new Map(titles.map((x) => [x.replace(/\s+/g, ''), x.replace(/\s+/g, ' ').trim()]));
  const outlines = /\/Outlines\s+(\d+)\s+0\s+R/.exec(objectBody(pdf, t, t.root))?.[1];
  const fixed: [number, string][] = [];
  const visit = (first: number | undefined, depth: number) => {
    for (let n = first, guard = 0; n !== undefined && guard < 100_000; guard++) {
      const body = objectBody(pdf, t, n);
      const m = TITLE.exec(body);
      const want = m ? known.get(decodePdfString(m[1]!).replace(/\s+/g, '')) : undefined;
      if (m && want && want !== decodePdfString(m[1]!)) fixed.push([n, body.replace(m[0], `/Title ${pdfText(want)}`)]);
      if (depth < 8) visit(ref(body, 'First'), depth + 1);
      n = ref(body, 'Next');
    }
  };
  if (outlines) visit(ref(objectBody(pdf, t, Number(outlines)), 'First'), 0);
  return fixed;
}

const ref = (body: string, key: string) => { const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body); return m ? Number(m[1]) : undefined; };

export function finishPdf(pdf: Uint8Array, f: PdfFinish, now = new Date()): Uint8Array {
  const t = readTail(pdf);
  const objects: [number, string][] = [];
  const infoNum = t.size;
  const info = [`/Title ${pdfText(f.title)}`, f.author && `/Author ${pdfText(f.author)}`, f.subject && `/Subject ${pdfText(f.subject)}`,
    f.keywords?.length && `/Keywords ${pdfText(f.keywords.join(', '))}`, `/Creator ${pdfText('Podium')}`,
    `/Producer ${pdfText('Podium with Chromium (Skia/PDF)')}`, `/CreationDate ${pdfDate(now)}`, `/ModDate ${pdfDate(now)}`].filter(Boolean);
  objects.push([infoNum, `<<${info.join('\n')}>>`]);
  if (f.labels?.length) {
    const catalog = objectBody(pdf, t, t.root).replace(/\/PageLabels\s+(<<[\s\S]*?>>|\d+\s+0\s+R)/, '');
    if (!catalog.trimEnd().endsWith('>>')) fail('catalog is not a dictionary');
    const nums = f.labels.map((l, i) => `${i} <</P ${pdfText(l)}>>`).join('\n');
    objects.push([t.root, `${catalog.trimEnd().slice(0, -2)}\n/PageLabels <</Nums [${nums}]>>>>`]);
  }
  if (f.bookmarks?.length) objects.push(...fixBookmarks(pdf, t, f.bookmarks));
  let body = '\n';
  const entries: [number, number][] = [];
  for (const [num, dict] of objects) {
    entries.push([num, pdf.length + Buffer.byteLength(body, 'latin1')]);
    body += `${num} 0 obj\n${dict}\nendobj\n`;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  body += 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, off] of entries.sort((a, b) => a[0] - b[0])) body += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${infoNum + 1} /Root ${t.root} 0 R /Info ${infoNum} 0 R /Prev ${t.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + Buffer.byteLength(body, 'latin1'));
  out.set(pdf, 0);
  out.set(Buffer.from(body, 'latin1'), pdf.length);
  return out;
}
