// Read a PDF's accessibility structure as a validator would: the tag tree (pdf-lib, from the catalog's
// /StructTreeRoot), its /RoleMap, the XMP metadata stream, link annotations, and what pdf.js extracts
// inside and outside marked content. Plus the third-party validators (qpdf, poppler) when installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The structure types ISO 32000-1 (PDF 1.7) defines; anything else must be role-mapped. */
export const STANDARD_TYPES = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
  'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD',
  'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT',
  'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form']);

export interface StructElem { type: string; alt?: string; actualText?: string; parent?: string }

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

export interface PdfStructure {
  elems: StructElem[];
  roleMap: Record<string, string>;
  xmp: string | undefined;
  links: { uri: string; contents: string | undefined }[];
  catalog: Record<string, string>;
}

export async function readStructure(file: string): Promise<PdfStructure> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const cat = doc.catalog;
  const root = cat.lookup(PDFName.of('StructTreeRoot'));
  const elems: StructElem[] = [];
  const roleMap: Record<string, string> = {};
  if (root instanceof PDFDict) {
    const rm = root.lookup(PDFName.of('RoleMap'));
    if (rm instanceof PDFDict) for (const [k, v] of rm.entries()) roleMap[k.decodeText()] = String(v).slice(1);
    const seen = new Set<PDFObject>();
    const walk = (node: PDFObject | undefined, parent?: string) => {
      const o = node instanceof PDFRef ? doc.context.lookup(node) : node;
      if (!o || seen.has(o)) return;
      seen.add(o);
      if (o instanceof PDFArray) { for (let i = 0; i < o.size(); i++) walk(o.get(i), parent); return; }
      if (!(o instanceof PDFDict)) return;
      const s = o.lookup(PDFName.of('S'));
      const type = s instanceof PDFName ? s.decodeText() : undefined;
      if (type && o.lookup(PDFName.of('Type'))?.toString() !== '/OBJR' && o.lookup(PDFName.of('Type'))?.toString() !== '/MCR') {
        elems.push({ type, alt: text(o.lookup(PDFName.of('Alt'))), actualText: text(o.lookup(PDFName.of('ActualText'))), parent });
      }
      walk(o.get(PDFName.of('K')), type ?? parent);
    };
    walk(root.get(PDFName.of('K')));
  }
  const meta = cat.lookup(PDFName.of('Metadata'));
  const xmp = meta instanceof PDFRawStream ? Buffer.from(meta.getContents()).toString('utf8') : undefined;
  const links: PdfStructure['links'] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const a = annots.lookup(i);
      if (!(a instanceof PDFDict) || a.lookup(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = a.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? text(action.lookup(PDFName.of('URI'))) ?? '' : '';
      links.push({ uri, contents: text(a.lookup(PDFName.of('Contents'))) });
    }
  }
  const catalog: Record<string, string> = {};
  for (const [k, v] of cat.entries()) catalog[k.decodeText()] = v.toString();
  return { elems, roleMap, xmp, links, catalog };
}

/** The structure type an element means after the role map (one hop, like poppler). */
export const mapped = (s: PdfStructure, type: string) => s.roleMap[type] ?? type;

/** Text of each page split by how pdf.js sees it: inside tagged marked content, inside /Artifact, or neither. */
export async function contentKinds(file: string): Promise<{ tagged: string; artifact: string; untagged: string }[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const out: { tagged: string; artifact: string; untagged: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    const page = { tagged: '', artifact: '', untagged: '' };
    for (const it of content.items) {
      if ('type' in it) {
        if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') stack.push((it as { tag?: string }).tag === 'Artifact' ? 'artifact' : it.id ? 'tagged' : 'other');
        else if (it.type === 'endMarkedContent') stack.pop();
        continue;
      }
      const kind = stack.includes('artifact') ? 'artifact' : stack.includes('tagged') ? 'tagged' : 'untagged';
      page[kind] += `${it.str} `;
    }
    out.push(page);
  }
  await doc.destroy();
  return out;
}

/** Decompressed ToUnicode CMaps of every font (for diagnosing text extraction). */
export async function toUnicodeMaps(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.lookup(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const tu = obj.lookup(PDFName.of('ToUnicode'));
    if (tu instanceof PDFRawStream) {
      const raw = Buffer.from(tu.getContents());
      out.push((tu.dict.lookup(PDFName.of('Filter'))?.toString() === '/FlateDecode' ? inflateSync(raw) : raw).toString('latin1'));
    }
  }
  return out;
}

export const have = (bin: string) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).error === undefined;

/** `qpdf --check`: exit status and output (qpdf exits 0 when clean, 3 for warnings, 2 for errors). */
export function qpdfCheck(file: string): { status: number; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** poppler's tag-tree reader: the tree and every message it printed about it. */
export function pdfinfoStruct(file: string): { tree: string; errors: string[] } {
  const r = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const all = `${r.stdout}\n${r.stderr}`;
  return { tree: r.stdout, errors: all.split('\n').filter((l) => /error|wrong type/i.test(l)) };
}

export const pdfinfoText = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
