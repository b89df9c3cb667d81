// `podium handout`: the deck's slides scaled onto portrait paper beside their notes (or ruled lines, or
// as a grid), printed by Chromium, checked (page count = ceil(slides / per page), no blank page), written atomically.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { CONTENT_CSS } from '../build/content-assets.ts';
import { writeFileAtomic } from '../build/write.ts';
import { siteFacts, STATIC_ASSETS, type Prepared } from '../pipeline.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { handoutPageCount, renderHandout, type HandoutOptions } from '../render/handout.ts';
import { inFront, withPage } from '../browser/browser.ts';
import { firstWords, markdownText } from '../content/plain-text.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { pdfMeta, TOP_LAYOUTS, type Finish, type PdfResult } from './pdf.ts';
import { finishPdf, pageCount } from './pdf-update.ts';
import { DeckError } from '../errors.ts';
import type { Progress } from './progress.ts';
import { printPdf } from './print-page.ts';
import { Deadline, waitForAssets, withinDeadline } from './ready.ts';

export type HandoutExportOptions = Pick<HandoutOptions, 'perPage' | 'paper' | 'lines'> & { timeout: number; partPages?: number };

/** A slide's bookmark text from the deck itself (the handout's outline): its title, or a quote's first words. */
export function slideBookmark(slide: ResolvedDeck['slides'][number]): string {
  const { title, quote } = slide.data as { title?: unknown; quote?: unknown };
  if (typeof title === 'string' && title.trim()) return markdownText(title).slice(0, 160);
  if (typeof quote === 'string' && quote.trim()) return firstWords(markdownText(quote));
  return `Slide ${slide.number}`;
}

/** Shrinks the notes of a row until they fit their box (never below 8 px); wrapper figures stop being
 * Figures in the tag tree (the image inside carries the alt). Runs in the page. */
function fitNotes(): void {
  document.querySelectorAll('.thumb figure').forEach((f) => f.setAttribute('role', 'none'));
  for (const box of document.querySelectorAll<HTMLElement>('.handout-notes')) {
    const text = box.querySelector<HTMLElement>('.notes-text');
    let size = 12;
    while (text && box.scrollHeight > box.clientHeight + 1 && size > 8) text.style.fontSize = `${(size -= 0.5)}px`;
  }
}

/** The links on each handout page with their text. Runs in the page. */
function pageLinks(): { uri: string; text: string }[][] {
  return [...document.querySelectorAll('.handout-page')].map((page) => [...page.querySelectorAll<HTMLAnchorElement>('a[href]')]
    .map((a) => ({ uri: a.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() })));
}

/** Prints the handout; the returned step checks, finishes and writes it (it needs no browser). */
export async function printHandoutFile(browser: Browser, { deck, templates }: Prepared, slides: string[], outDir: string, o: HandoutExportOptions, progress: Progress, file = path.join(outDir, `${deck.name}-handout.pdf`)): Promise<Finish<PdfResult>> {
  const html = renderHandout(deck, templates, slides, {
    ...o, date: deck.date ?? new Date().toISOString().slice(0, 10),
    styles: [...STATIC_ASSETS.styles, ...(existsSync(path.join(outDir, CONTENT_CSS)) ? [CONTENT_CSS] : [])], css: readFileSync(path.join(TEMPLATES_DIR, 'styles/handout.css'), 'utf8'),
  });
  const page = path.join(outDir, `.handout-${process.pid}.html`);
  writeFileSync(page, html);
  let pdf: Uint8Array;
  let links: { uri: string; text: string }[][] = [];
  try {
    pdf = await withPage(browser, async (p) => {
      const deadline = new Deadline(o.timeout);
      links = await inFront(p, async () => {
        await withinDeadline(p, deadline, (timeout) => p.goto(pathToFileURL(page).href, { waitUntil: 'domcontentloaded', timeout }), 'the handout page never finished loading');
        await waitForAssets(p, deadline);
        await p.evaluate(fitNotes);
        return p.evaluate(pageLinks);
      });
      return printPdf(p, links.length, deadline, { partPages: o.partPages, pagesSelector: '.handout-page', hang: 'Chromium never finished printing the handout' });
    });
  } finally {
    rmSync(page, { force: true });
  }
  progress.step(`printed handout, ${o.perPage} per page`);
  return () => {
    const expected = handoutPageCount(deck.slides.length, o.perPage);
    const count = pageCount(pdf);
    if (count !== expected) throw new DeckError({ message: `${path.basename(file)}: expected ${expected} pages, Chromium produced ${count}; nothing was written` });
    const meta = pdfMeta(siteFacts(deck));
    const bookmarks = deck.slides.map((s, i) => ({ title: slideBookmark(s), page: Math.floor(i / o.perPage), top: TOP_LAYOUTS.includes(s.layout) }));
    const bytes = finishPdf(pdf, { ...meta, title: `${meta.title} — handout`, bookmarks, links });
    writeFileAtomic(file, bytes);
    progress.step(`${path.basename(file)}: checked and written`);
    return { file, pages: expected, bytes: bytes.length };
  };
}

export async function exportHandout(...args: Parameters<typeof printHandoutFile>): Promise<PdfResult> {
  return (await printHandoutFile(...args))();
}
