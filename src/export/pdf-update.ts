// Finishing Chromium's PDF without re-encoding it: a new Info dictionary and an XMP stream (title, author,
// subject, PDF/UA id), a catalog carrying them with /PageLabels and Podium's outline, the accessibility
// repairs of pdf-tags.ts and pdf-artifacts.ts (role map, link /Contents, apostrophe ToUnicode, artifacts),
// written in place of the objects they replace by pdf-write.ts — every other object is copied byte for
// byte. Reading is limited to what the finishing needs (pdf-read.ts): the page tree, the link annotations,
// the fonts' ToUnicode maps and the content streams.
import { artifactObjects } from './pdf-artifacts.ts';
import { outlineObjects, type Bookmark } from './pdf-outline.ts';
import { fail, objectBody, pageRefs, readPdfFile, ref, type PdfFile } from './pdf-read.ts';
import { linkObjects, roleMapObject, toUnicodeObjects, type PageLink } from './pdf-tags.ts';
import { rewritePdf, streamValue } from './pdf-write.ts';
import { xmpPacket } from './pdf-xmp.ts';

/** Number of pages, from the page tree root's /Count. */
export function pageCount(pdf: Uint8Array): number {
  const f = readPdfFile(pdf);
  const pages = ref(objectBody(f, f.root), 'Pages') ?? fail('catalog has no /Pages');
  return Number(/\/Count\s+(\d+)/.exec(objectBody(f, pages))?.[1] ?? fail('page tree has no /Count'));
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
  lang?: string;
  labels?: string[];
  /** the outline Podium writes (replacing any Chromium wrote): one entry per slide */
  bookmarks?: Bookmark[];
  /** per page, the links on it with their text: the link annotations' /Contents */
  links?: PageLink[][];
  /** the document's text uses U+02BC itself (then the apostrophe glyph's ToUnicode is left alone) */
  modifierApostrophe?: boolean;
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

export function finishPdf(pdf: Uint8Array, f: PdfFinish, now = new Date()): Uint8Array {
  const file = readPdfFile(pdf);
  const objects: [number, string | Buffer][] = [];
  let next = file.size;
  const infoNum = file.info !== undefined && file.offsets.has(file.info) ? file.info : next++; // Chromium's Info, replaced
  const producer = 'Podium with Chromium (Skia/PDF)';
  const info = [`/Title ${pdfText(f.title)}`, f.author && `/Author ${pdfText(f.author)}`, f.subject && `/Subject ${pdfText(f.subject)}`,
    f.keywords?.length && `/Keywords ${pdfText(f.keywords.join(', '))}`, `/Creator ${pdfText('Podium')}`,
    `/Producer ${pdfText(producer)}`, `/CreationDate ${pdfDate(now)}`, `/ModDate ${pdfDate(now)}`].filter(Boolean);
  objects.push([infoNum, `<<${info.join('\n')}>>`]);
  const xmp = Buffer.from(xmpPacket({ title: f.title, author: f.author, subject: f.subject, keywords: f.keywords, lang: f.lang, date: now, producer }), 'utf8');
  const xmpNum = next++;
  objects.push([xmpNum, streamValue(xmp, '/Type /Metadata /Subtype /XML ')]);
  let catalog = objectBody(file, file.root).trimEnd();
  if (!catalog.endsWith('>>')) fail('catalog is not a dictionary');
  const drop = (key: string) => { catalog = catalog.replace(new RegExp(`/${key}\\s+(<<[\\s\\S]*?>>|\\d+\\s+0\\s+R|/\\w+)`), ''); };
  const add: string[] = [`/Metadata ${xmpNum} 0 R`];
  drop('Metadata');
  if (f.labels?.length) {
    drop('PageLabels');
    add.push(`/PageLabels <</Nums [${f.labels.map((l, i) => `${i} <</P ${pdfText(l)}>>`).join('\n')}]>>`);
  }
  if (f.bookmarks) {
    const outline = outlineObjects(f.bookmarks, pageRefs(file), next, pdfText);
    next += outline.objects.length;
    objects.push(...outline.objects);
    drop('Outlines');
    drop('PageMode');
    add.push(`/Outlines ${outline.root} 0 R`, '/PageMode /UseOutlines');
  }
  objects.push([file.root, `${catalog.slice(0, -2)}\n${add.join('\n')}\n>>`]);
  const roles = roleMapObject(file);
  if (roles) objects.push(roles);
  objects.push(...linkObjects(file, f.links, pdfText));
  objects.push(...toUnicodeObjects(file, f.modifierApostrophe ?? false));
  objects.push(...artifactObjects(file));
  return rewritePdf(file, { objects: new Map(objects), size: next, trailer: `/Root ${file.root} 0 R /Info ${infoNum} 0 R` });
}

export type { PdfFile };
