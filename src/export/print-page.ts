// Drive one reveal.js page in print mode and describe its PDF pages: which slide each page shows,
// its fragment step, whether it is a notes page, and the slide's title (for the outline and labels).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer';
import { DeckError } from '../errors.ts';
import { mergePdfs } from './pdf-merge.ts';
import { Deadline, waitForAssets, waitInPage, withinDeadline } from './ready.ts';
import { inFront } from '../browser/browser.ts';
import { PRINT_PAGES } from '../runtime/print.ts';
import { showPrintView, type PrintedParts } from './print-view.ts';

export interface PrintOptions { fragments?: boolean; notes?: boolean; range?: string; timeout: number; /** pages per part (print-page.ts PART_PAGES) */ partPages?: number }

export interface PageInfo {
  slide: number;
  kind: 'slide' | 'notes';
  /** fragment step within the slide (0 when the slide has one page) */
  step: number;
  title: string;
  layout: string;
  /** nothing visible to print: no text, no image */
  blank: boolean;
  /** notes continued over several pages: this is page `part` (1, 2 …) of them */
  part: number;
  /** the links on the page, with their text (the link annotations' /Contents) */
  links: { uri: string; text: string }[];
}

export function printUrl(indexUrl: string, o: PrintOptions): string {
  const q = ['print-pdf', 'podium-print']; // Podium's print layout (runtime/print-layout.ts), not reveal's print view
  if (o.fragments) q.push('podium-fragments');
  if (o.notes) q.push('podium-notes');
  if (o.range) q.push(`podium-range=${encodeURIComponent(o.range)}`);
  return `${indexUrl}?${q.join('&')}`;
}

export async function printDeck(page: Page, indexUrl: string, o: PrintOptions): Promise<{ pdf: Uint8Array; pages: PageInfo[] }> {
  const deadline = new Deadline(o.timeout);
  const url = `${printUrl(indexUrl, o)}&podium-defer`; // slide pages laid out only when printed (printPdf shows them)
  const { view, pages } = await inFront(page, async () => {
    const view = await showPrintView(page, url, indexUrl.startsWith('file:') ? path.dirname(fileURLToPath(indexUrl)) : undefined, async () => {
      await withinDeadline(page, deadline, (timeout) => page.goto(url, { waitUntil: 'domcontentloaded', timeout }), 'the deck page never finished loading');
      await waitInPage(page, 'document.documentElement.dataset.podiumPdfReady === "true"', deadline, 'reveal.js never finished laying out the print view');
    });
    await waitForAssets(page, deadline);
    return { view, pages: await page.evaluate(describePages, PRINT_PAGES) }; // describePages also keeps repeated pages out of the outline
  });
  return { pdf: await printPdf(page, pages.length, deadline, { partPages: o.partPages, kept: view?.parts }), pages };
}

/** Pages per part when a deck is printed in parts: Chromium's print time per page grows with the whole
 * document, so parts keep it flat (docs/performance.md; at 2000 slides parts of 100, 200 and 400 pages measured alike). */
export const PART_PAGES = 200;

export interface PrintParts {
  /** pages per part (default PART_PAGES) */
  partPages?: number;
  pagesSelector?: string;
  hang?: string;
  /** a kept print view's parts: those still valid are not printed again, the new ones are kept */
  kept?: PrintedParts;
}

/** Pages per part in a kept print view (`--watch`): an edit prints again only the part that holds it. A
 * page.pdf costs 0.25 s however few pages it prints, then ~6 ms a page (docs/performance.md). */
export const KEPT_PART_PAGES = 50;

/** The print view as a PDF — a big one printed part by part (the other pages `display: none`) and joined.
 * Pages are shown before they print: Podium's print layout starts with them hidden (`podium-defer`). */
export async function printPdf(page: Page, count: number, deadline: Deadline, o: PrintParts = {}): Promise<Uint8Array> {
  const { pagesSelector = PRINT_PAGES, hang = 'Chromium never finished printing', kept } = o;
  const partPages = Math.max(1, Math.floor(kept ? KEPT_PART_PAGES : o.partPages ?? PART_PAGES));
  const print = () => withinDeadline(page, deadline, (timeout) => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, timeout }), hang);
  if (count <= partPages * 1.5 && !kept) {
    await page.evaluate(showPages, pagesSelector, 0, count);
    return print();
  }
  if (kept && (kept.size !== partPages || kept.count !== count)) Object.assign(kept, { size: partPages, count, pdfs: [] });
  const parts: Uint8Array[] = [];
  for (let from = 0, i = 0; from < count; from += partPages, i++) {
    const ready = kept?.pdfs[i];
    if (ready) { parts.push(ready); continue; }
    const to = Math.min(count, from + partPages);
    await page.evaluate(showPages, pagesSelector, from, to);
    const pdf = await print();
    parts.push(pdf);
    if (kept) kept.pdfs[i] = pdf;
  }
  try {
    return mergePdfs(parts);
  } catch (e) {
    if (!(e instanceof DeckError)) throw e;
    if (kept) kept.pdfs = [];
    await page.evaluate(showPages, pagesSelector, 0, count);
    return print(); // a file the join does not expect: printed in one piece, as a small deck is
  }
}

/** Runs in the page: only the print pages from…to-1 are laid out; the last of them breaks no further page. */
function showPages(selector: string, from: number, to: number): void {
  document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
    el.style.display = i >= from && i < to ? '' : 'none';
    el.style.breakAfter = i === to - 1 ? 'avoid' : '';
  });
}

/** Runs in the page. */
function describePages(selector: string): PageInfo[] {
  const out: PageInfo[] = [];
  const nodes = document.querySelectorAll(selector);
  let last: PageInfo | undefined;
  const visible = (el: Element) => (el.textContent ?? '').trim() !== '' || el.querySelector('img, svg, video, canvas') !== null;
  const links = (el: Element) => [...el.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({ uri: a.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() }));
  for (const node of nodes) {
    const section = node.querySelector('section[data-podium-slide]');
    if (!section) {
      const part = Number((node as HTMLElement).dataset.podiumNotesPart ?? 1);
      if (last) out.push({ ...last, kind: 'notes', step: 0, part, blank: !visible(node), links: links(node) });
      continue;
    }
    const slide = Number(section.getAttribute('data-podium-slide'));
    const heading = section.querySelector('h1, h2, blockquote');
    const title = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim() || `Slide ${slide}`;
    const layout = [...section.classList].find((c) => c.startsWith('layout-'))?.slice(7) ?? '';
    const step = last && last.slide === slide && last.kind === 'slide' ? last.step + 1 : 0;
    last = { slide, kind: 'slide', step, title, layout, part: 1, blank: !visible(section.querySelector('.slide-frame') ?? section), links: links(node) };
    out.push(last);
  }
  return out;
}
