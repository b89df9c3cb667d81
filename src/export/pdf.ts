// `podium pdf`: the built deck printed by Chromium (reveal's print view, tagged, with an outline from the
// section and slide titles), checked (page count, no blank page), finished with metadata and page labels by
// an incremental update, and written atomically to dist/<deck>/<deck>.pdf.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { writeFileAtomic } from '../build/write.ts';
import type { SiteFacts } from '../build/site-facts.ts';
import { DeckError, usage } from '../errors.ts';
import { parseRange } from '../runtime/range.ts';
import { withPage } from '../browser/browser.ts';
import { firstWords } from '../util/words.ts';
import type { Bookmark } from './pdf-outline.ts';
import { finishPdf, pageCount, type PdfFinish } from './pdf-update.ts';
import { printDeck, type PageInfo, type PrintOptions } from './print-page.ts';
import type { Progress } from './progress.ts';

/** The slide numbers a range selects (all when none); a bad range is a usage error (exit 2). */
export function selectedSlides(total: number, range?: string): number[] {
  if (!range) return Array.from({ length: total }, (_, i) => i + 1);
  const r = parseRange(range, total);
  if (typeof r === 'string') usage(`--range: ${r}`);
  return r;
}

export interface PdfResult { file: string; pages: number; bytes: number }

/** The PDF's document information from what the build recorded about the deck. */
export function pdfMeta(facts: SiteFacts): PdfFinish {
  return { title: facts.title, author: facts.author, subject: facts.subject, lang: facts.lang, modifierApostrophe: facts.modifierApostrophe };
}

/** Layouts whose bookmark sits at the top level of the outline; the others go under the section before them. */
export const TOP_LAYOUTS = ['title', 'section', 'closing'];

/** One bookmark per slide, at its first page: the slide's title, or a quote's first words. */
export function bookmarks(pages: PageInfo[]): Bookmark[] {
  return pages.flatMap((p, page) => (p.kind === 'slide' && p.step === 0
    ? [{ title: p.layout === 'quote' ? firstWords(p.title) : p.title.slice(0, 160), page, top: TOP_LAYOUTS.includes(p.layout) }] : []));
}

/** "5", or "5a", "5b" … when a slide spans several pages; notes pages are "5 notes" (then "5 notes (2)" …). */
export function pageLabels(pages: PageInfo[]): string[] {
  const steps = new Map<number, number>();
  for (const p of pages) if (p.kind === 'slide') steps.set(p.slide, Math.max(steps.get(p.slide) ?? 0, p.step + 1));
  return pages.map((p) => (p.kind === 'notes' ? `${p.slide} notes${p.part > 1 ? ` (${p.part})` : ''}`
    : (steps.get(p.slide) ?? 1) > 1 ? `${p.slide}${String.fromCharCode(97 + (p.step % 26))}` : String(p.slide)));
}

/** Fails unless the PDF has exactly the pages asked for and none of them is blank. */
export function verifyPrint(pdf: Uint8Array, pages: PageInfo[], wanted: number[], what: string): void {
  const printed = new Set(pages.filter((p) => p.kind === 'slide').map((p) => p.slide));
  if (printed.size !== wanted.length || wanted.some((n) => !printed.has(n))) {
    throw new DeckError({ message: `${what}: asked for ${wanted.length} slides, the print view laid out ${printed.size}; nothing was written` });
  }
  const count = pageCount(pdf);
  if (count !== pages.length) throw new DeckError({ message: `${what}: expected ${pages.length} pages, Chromium produced ${count}; nothing was written` });
  const labels = pageLabels(pages);
  const blank = pages.map((p, i) => (p.blank ? labels[i] : undefined)).filter(Boolean);
  if (blank.length) throw new DeckError({ message: `${what}: blank page(s) ${blank.join(', ')}; nothing was written`, hint: 'open the deck and check those slides render' });
}

/** What a printed output still needs, without the browser: checks, finishing, the atomic write. */
export type Finish<T> = () => T;

/** Prints the deck; the returned step checks, finishes and writes the PDF (it needs no browser). */
export async function printPdfFile(browser: Browser, facts: SiteFacts, outDir: string, o: PrintOptions, progress: Progress, file = path.join(outDir, `${facts.name}.pdf`)): Promise<Finish<PdfResult>> {
  const { pdf, pages } = await withPage(browser, (page) => printDeck(page, pathToFileURL(path.join(outDir, 'index.html')).href, o));
  progress.step(`printed ${pages.length} pages`);
  return () => {
    verifyPrint(pdf, pages, selectedSlides(facts.slideCount, o.range), path.basename(file));
    const labels = pageLabels(pages);
    const plain = labels.every((l, i) => l === String(i + 1)); // physical page numbers already say it
    const bytes = finishPdf(pdf, { ...pdfMeta(facts), labels: plain ? undefined : labels, bookmarks: bookmarks(pages), links: pages.map((p) => p.links) });
    writeFileAtomic(file, bytes);
    progress.step(`${path.basename(file)}: checked and written`);
    return { file, pages: pages.length, bytes: bytes.length };
  };
}

export async function exportPdf(...args: Parameters<typeof printPdfFile>): Promise<PdfResult> {
  return (await printPdfFile(...args))();
}
