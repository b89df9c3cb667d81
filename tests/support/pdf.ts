// Read PDFs back as a reader would: pdfjs-dist for text, outline, labels and metadata; pdf-lib for the
// embedded fonts; poppler's pdftoppm for pixels (PPM, parsed here: no image library needed).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { expect } from 'vitest';

export interface PdfInfo {
  pages: number;
  size: { width: number; height: number }[];
  text: string[];
  outline: { title: string; children: string[] }[];
  /** URLs of the link annotations on each page */
  links: string[][];
  labels: string[] | null;
  info: Record<string, unknown>;
  lang: string | undefined;
}

export async function readPdf(file: string): Promise<PdfInfo> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const text: string[] = [];
  const links: string[][] = [];
  const size: PdfInfo['size'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , w, h] = page.view as [number, number, number, number];
    size.push({ width: Math.round(w), height: Math.round(h) });
    const content = await page.getTextContent();
    text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
    links.push((await page.getAnnotations()).filter((a) => a.subtype === 'Link' && a.url).map((a) => String(a.url)));
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => ({ title: o.title, children: o.items.map((c) => c.title) }));
  const meta = await doc.getMetadata();
  const lang = (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).catalog.lookup(PDFName.of('Lang'))?.toString();
  const result = { pages: doc.numPages, size, text, outline, links, labels: await doc.getPageLabels(), info: meta.info as Record<string, unknown>, lang: lang?.replace(/^\(|\)$/g, '') };
  await doc.destroy();
  return result;
}

/** Every font dictionary in the file: its base name and whether the font program is embedded. */
export async function fonts(file: string): Promise<{ name: string; embedded: boolean; subtype: string }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out: { name: string; embedded: boolean; subtype: string }[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.lookup(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = obj.lookup(PDFName.of('Subtype'))?.toString() ?? '';
    if (subtype === '/Type0') continue; // its descendant CIDFont carries the descriptor
    const desc = obj.lookup(PDFName.of('FontDescriptor'));
    const embedded = desc instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => desc.has(PDFName.of(k)));
    out.push({ name: obj.lookup(PDFName.of('BaseFont'))?.toString().replace(/^\/([A-Z]{6}\+)?/, '') ?? '', embedded, subtype });
  }
  return out;
}

export interface Pixels { width: number; height: number; rgb: Buffer }

/** Page `n` (1-based) rendered to RGB at `dpi` by pdftoppm. */
export function renderPage(file: string, n: number, dpi = 20): Pixels {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), file], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Share of pixels that differ by more than a little (anti-aliasing aside) between two renderings of one size. */
export function differingShare(a: Pixels, b: Pixels): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let i = 0; i < a.rgb.length; i += 3) if (Math.max(...[0, 1, 2].map((c) => Math.abs(a.rgb[i + c]! - b.rgb[i + c]!))) > 40) n++;
  return n / (a.width * a.height);
}

export function pixel(p: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.floor(y) * p.width + Math.floor(x)) * 3;
  return [p.rgb[i]!, p.rgb[i + 1]!, p.rgb[i + 2]!];
}

/** How many distinct colours (coarsely quantised) the page shows: 1–2 means blank. */
export function colourCount(p: Pixels): number {
  const seen = new Set<number>();
  for (let i = 0; i < p.rgb.length; i += 3) seen.add(((p.rgb[i]! >> 4) << 8) | ((p.rgb[i + 1]! >> 4) << 4) | (p.rgb[i + 2]! >> 4));
  return seen.size;
}

export const hex = (c: [number, number, number]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
export const near = (a: [number, number, number], b: string, tol = 12) =>
  a.every((v, i) => Math.abs(v - parseInt(b.slice(1 + 2 * i, 3 + 2 * i), 16)) <= tol);
