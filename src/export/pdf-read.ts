// Just enough PDF reading to finish Chromium's file by an incremental update: the xref chain, one object's
// body, a stream's bytes, the page tree. Chromium (Skia) writes classic xref tables and no object streams.
import { inflateSync } from 'node:zlib';
import { DeckError } from '../errors.ts';

export const latin1 = (b: Uint8Array, start = 0, end = b.length) => Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');

export function fail(message: string): never {
  throw new DeckError({ message: `the PDF Chromium wrote is not one Podium can finish: ${message}` });
}

export interface PdfFile { pdf: Uint8Array; startxref: number; size: number; root: number; info?: number; offsets: Map<number, number> }

export function readPdfFile(pdf: Uint8Array): PdfFile {
  const end = latin1(pdf, Math.max(0, pdf.length - 2048));
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(end)?.[1] ?? fail('no startxref'));
  const offsets = new Map<number, number>();
  let size = 0;
  let root = 0;
  let info: number | undefined;
  // Follow the chain of xref sections (newest first; an entry already seen is newer and wins).
  for (let at: number | undefined = startxref, hops = 0; at !== undefined; hops++) {
    if (hops > 64) fail('too many xref sections');
    const section = latin1(pdf, at, Math.min(pdf.length, at + 64 + 20 * 1_000_000));
    if (!section.startsWith('xref')) fail('no classic xref table');
    const trailerAt = section.indexOf('trailer');
    const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(section.slice(trailerAt))?.[1] ?? fail('no trailer');
    size ||= Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? fail('no /Size'));
    root ||= Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1] ?? fail('no /Root'));
    info ??= Number(/\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1] ?? NaN) || undefined;
    const table = section.slice(4, trailerAt);
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
  return { pdf, startxref, size, root, info, offsets };
}

function objectText(f: PdfFile, num: number): { text: string; at: number } {
  const at = f.offsets.get(num) ?? fail(`object ${num} is not in the xref table`);
  for (let len = 4096; ; len *= 4) {
    const text = latin1(f.pdf, at, Math.min(f.pdf.length, at + len));
    if (/endobj|stream\r?\n/.test(text) || at + len >= f.pdf.length) return { text, at };
  }
}

/** The object's value (a dictionary's `<<…>>`, an array…); for a stream, its dictionary. */
export function objectBody(f: PdfFile, num: number): string {
  const { text } = objectText(f, num);
  return /^\d+\s+0\s+obj\s*([\s\S]*?)\s*(?:endobj|stream\r?\n)/.exec(text)?.[1] ?? fail(`object ${num} cannot be read`);
}

/** A stream's /Length, direct or indirect. */
export function streamLength(f: PdfFile, dict: string, num: number): number {
  const lenRef = /\/Length\s+(\d+)\s+0\s+R/.exec(dict);
  return lenRef ? Number(objectBody(f, Number(lenRef[1]))) : Number(/\/Length\s+(\d+)/.exec(dict)?.[1] ?? fail(`stream ${num} has no /Length`));
}

/** A stream object's dictionary and its data, decompressed when FlateDecode. */
export function objectStream(f: PdfFile, num: number): { dict: string; data: Buffer } {
  const { text, at } = objectText(f, num);
  const m = /^\d+\s+0\s+obj\s*(<<[\s\S]*?>>)\s*stream\r?\n/.exec(text) ?? fail(`object ${num} is not a stream`);
  const length = streamLength(f, m[1]!, num);
  const raw = Buffer.from(f.pdf.subarray(at + m[0].length, at + m[0].length + length));
  return { dict: m[1]!, data: /\/FlateDecode/.test(m[1]!) ? inflateSync(raw) : raw };
}

export const ref = (body: string, key: string) => { const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body); return m ? Number(m[1]) : undefined; };

/** Object numbers of the pages, in order, from the page tree. */
export function pageRefs(f: PdfFile): number[] {
  const out: number[] = [];
  const visit = (num: number, depth: number) => {
    if (depth > 32) fail('page tree too deep');
    const body = objectBody(f, num);
    if (/\/Type\s*\/Page\b(?!s)/.test(body)) { out.push(num); return; }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? fail(`page tree node ${num} has no /Kids`);
    for (const m of kids.matchAll(/(\d+)\s+0\s+R/g)) visit(Number(m[1]), depth + 1);
  };
  visit(ref(objectBody(f, f.root), 'Pages') ?? fail('catalog has no /Pages'), 0);
  return out;
}
