// `podium pdf`: the built deck printed by Chromium (reveal's print view, tagged, with an outline from the
// section and slide titles), checked (page count, no blank page), finished with metadata and page labels by
// an incremental update, and written atomically to dist/<deck>/<deck>.pdf.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { writeFileAtomic } from '../build/write.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { DeckError, usage } from '../errors.ts';
import { parseRange } from '../runtime/range.ts';
import { withPage } from '../browser/browser.ts';
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

export function pdfMeta(deck: ResolvedDeck): PdfFinish {
  const plain = (s?: string) => s?.replace(/[*_`]/g, '');
  return { title: plain(deck.title)!, author: deck.author, subject: plain(deck.description ?? deck.subtitle) };
}

/** "5", or "5a", "5b" … when a slide spans several pages; notes pages are "5 notes". */
export function pageLabels(pages: PageInfo[]): string[] {
  const steps = new Map<number, number>();
  for (const p of pages) if (p.kind === 'slide') steps.set(p.slide, Math.max(steps.get(p.slide) ?? 0, p.step + 1));
  return pages.map((p) => (p.kind === 'notes' ? `${p.slide} notes`
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

export async function exportPdf(browser: Browser, deck: ResolvedDeck, outDir: string, o: PrintOptions, progress: Progress, file = path.join(outDir, `${deck.name}.pdf`)): Promise<PdfResult> {
  const { pdf, pages } = await withPage(browser, (page) => printDeck(page, pathToFileURL(path.join(outDir, 'index.html')).href, o));
  progress.step(`printed ${pages.length} pages`);
  verifyPrint(pdf, pages, selectedSlides(deck.slides.length, o.range), path.basename(file));
  const labels = pageLabels(pages);
  const plain = labels.every((l, i) => l === String(i + 1)); // physical page numbers already say it
  const bookmarks = pages.filter((p) => p.kind === 'slide' && p.step === 0).map((p) => p.title);
  const bytes = finishPdf(pdf, { ...pdfMeta(deck), labels: plain ? undefined : labels, bookmarks });
  writeFileAtomic(file, bytes);
  progress.step('checked and written');
  return { file, pages: pages.length, bytes: bytes.length };
}
