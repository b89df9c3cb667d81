// After Chromium prints: check the PDF (page count, no blank page) and finish it with what Chromium does
// not write — metadata from deck.yaml, an outline from section and slide titles, page labels (5a, 5b…).
import {
  decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString,
  type PDFPage,
} from 'pdf-lib';
import { DeckError } from '../errors.ts';

export interface PdfMeta { title: string; author?: string; subject?: string; lang: string; keywords?: string[] }
export interface OutlineEntry { title: string; page: number; children?: OutlineEntry[] }

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** A page shows something when its content draws text or an image (backgrounds alone do not count). */
export function isBlankPage(page: PDFPage): boolean {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  let ops = '';
  for (const s of streams) {
    if (s instanceof PDFRawStream) ops += Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
  }
  return !/\b(Tj|TJ|Do)\b/.test(ops);
}

export function verifyPages(doc: PDFDocument, expected: number, what: string, labels: string[]): void {
  const count = doc.getPageCount();
  if (count !== expected) throw new DeckError({ message: `${what}: expected ${expected} pages, Chromium produced ${count}; nothing was written` });
  const blank = doc.getPages().map((p, i) => (isBlankPage(p) ? labels[i] ?? String(i + 1) : undefined)).filter(Boolean);
  if (blank.length) throw new DeckError({ message: `${what}: blank page(s) ${blank.join(', ')}; nothing was written`, hint: 'open the deck and check those slides render' });
}

export function setMetadata(doc: PDFDocument, m: PdfMeta): void {
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  if (m.author) doc.setAuthor(m.author);
  if (m.subject) doc.setSubject(m.subject);
  if (m.keywords?.length) doc.setKeywords(m.keywords);
  doc.setLanguage(m.lang);
  doc.setCreator('Podium');
  doc.setProducer('Podium (Chromium, pdf-lib)');
  const now = new Date();
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}

/** /PageLabels: every page gets its own label prefix ("5", "5a", "5 notes"). */
export function setPageLabels(doc: PDFDocument, labels: string[]): void {
  const nums: (PDFNumber | PDFDict)[] = [];
  labels.forEach((label, i) => nums.push(PDFNumber.of(i), doc.context.obj({ P: PDFString.of(label) })));
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: doc.context.obj(nums) }));
}

/** Builds the /Outlines tree (bookmarks). */
export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (!entries.length) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => ctx.nextRef());
    let count = items.length;
    items.forEach((item, i) => {
      const dict = ctx.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: ctx.obj([pages[item.page]!.ref, PDFName.of('Fit')]),
      }) as PDFDict;
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (item.children?.length) {
        const sub = build(item.children, refs[i]!);
        dict.set(PDFName.of('First'), sub.first);
        dict.set(PDFName.of('Last'), sub.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = build(entries, rootRef);
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
