// `podium pdf`: the built deck printed by Chromium (reveal's print view), checked, finished with
// metadata/outline/labels, and written atomically to dist/<deck>/<deck>.pdf.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { writeFileAtomic } from '../build/write.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { withPage } from './browser.ts';
import { loadPdf, setMetadata, setOutline, setPageLabels, verifyPages, type OutlineEntry, type PdfMeta } from './pdf-post.ts';
import { printDeck, type PageInfo, type PrintOptions } from './print-page.ts';
import type { Progress } from './progress.ts';
import { DeckError } from '../errors.ts';
import { parseRange } from '../runtime/range.ts';

/** The slide numbers a range selects (all when none); a bad range is a usage error (exit 2). */
export function selectedSlides(total: number, range?: string): number[] {
  if (!range) return Array.from({ length: total }, (_, i) => i + 1);
  const r = parseRange(range, total);
  if (typeof r === 'string') throw new DeckError({ message: `--range: ${r}` }, 2);
  return r;
}

export interface PdfResult { file: string; pages: number; bytes: number }

export function pdfMeta(deck: ResolvedDeck): PdfMeta {
  const plain = (s?: string) => s?.replace(/[*_`]/g, '');
  return { title: plain(deck.title)!, author: deck.author, subject: plain(deck.description ?? deck.subtitle), lang: deck.lang };
}

/** "5", or "5a", "5b" … when a slide spans several pages; notes pages are "5 notes". */
export function pageLabels(pages: PageInfo[]): string[] {
  const steps = new Map<number, number>();
  for (const p of pages) if (p.kind === 'slide') steps.set(p.slide, Math.max(steps.get(p.slide) ?? 0, p.step + 1));
  return pages.map((p) => (p.kind === 'notes' ? `${p.slide} notes`
    : (steps.get(p.slide) ?? 1) > 1 ? `${p.slide}${String.fromCharCode(97 + (p.step % 26))}` : String(p.slide)));
}

/** Sections open a level; the slides after a section sit under it until the next section or the closing. */
export function outline(pages: PageInfo[]): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  let section: OutlineEntry | undefined;
  pages.forEach((p, page) => {
    if (p.kind !== 'slide' || p.step !== 0) return;
    const entry: OutlineEntry = { title: p.title, page };
    if (p.layout === 'section') { section = { ...entry, children: [] }; top.push(section); }
    else if (section && p.layout !== 'closing' && p.layout !== 'title') section.children!.push(entry);
    else { section = undefined; top.push(entry); }
  });
  return top;
}

export async function exportPdf(browser: Browser, deck: ResolvedDeck, outDir: string, o: PrintOptions, progress: Progress, file = path.join(outDir, `${deck.name}.pdf`)): Promise<PdfResult> {
  const { pdf, pages } = await withPage(browser, (page) => printDeck(page, pathToFileURL(path.join(outDir, 'index.html')).href, o));
  progress.step(`printed ${pages.length} pages`);
  const doc = await loadPdf(pdf);
  const labels = pageLabels(pages);
  const wanted = selectedSlides(deck.slides.length, o.range);
  const printed = new Set(pages.filter((p) => p.kind === 'slide').map((p) => p.slide));
  if (printed.size !== wanted.length || wanted.some((n) => !printed.has(n))) {
    throw new DeckError({ message: `${path.basename(file)}: asked for ${wanted.length} slides, the print view laid out ${printed.size}; nothing was written` });
  }
  verifyPages(doc, pages.length, path.basename(file), labels);
  setMetadata(doc, pdfMeta(deck));
  setPageLabels(doc, labels);
  setOutline(doc, outline(pages));
  const bytes = await doc.save();
  writeFileAtomic(file, bytes);
  progress.step('checked and written');
  return { file, pages: pages.length, bytes: bytes.length };
}
