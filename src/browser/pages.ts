// Pages of a browser: withPage opens one and always closes it. Opening a page costs Chromium 0.3–0.5 s (a new
// renderer process), so a browser may keep spare pages: the next one is opened as soon as the current one is
// taken, and is ready by the time it is needed. A warm browser (`--watch`) keeps one forever; an export opens
// exactly as many as it has outputs to print.
import type { Browser, Page } from 'puppeteer';

async function openPage(browser: Browser, background = false): Promise<Page> {
  // a spare tab opens behind the one in front (see inFront); a window of its own would print 10–30% slower
  const page = await browser.newPage({ background });
  // Functions handed to page.evaluate may carry esbuild's keep-names helper when run through tsx.
  await page.evaluateOnNewDocument('globalThis.__name ??= (f) => f');
  return page;
}

/** Each browser that keeps spares: the one open (or opening), how many more may be opened, and — for a warm
 * browser (no end to its budget) — the last page used, kept for the next withPage. */
const spares = new WeakMap<Browser, { page?: Promise<Page>; budget: number; idle?: Page }>();

function openSpare(browser: Browser): void {
  const s = spares.get(browser);
  if (!s || s.page || s.budget <= 0 || !browser.connected) return;
  s.budget--;
  const page = openPage(browser, true);
  page.catch(() => { if (s.page === page) s.page = undefined; });
  s.page = page;
}

/** From now on `browser` keeps a page open for the next withPage — `count` more pages in all (default: no end). */
export function keepSparePage(browser: Browser, count = Infinity): void {
  const s = spares.get(browser);
  if (s) s.budget = count === Infinity ? Infinity : s.budget + count;
  else spares.set(browser, { budget: count });
  openSpare(browser);
}

/**
 * Run fn with a page: a warm browser's last page when it is free (loading the next export into the same
 * renderer takes half the time of a new page: 0.2 against 0.4 s at 40 slides), else a spare one, else a new
 * one. Closed afterwards, unless a warm browser keeps it; a page whose fn failed is never kept.
 */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const s = spares.get(browser);
  const idle = s?.idle && !s.idle.isClosed() ? s.idle : undefined;
  if (s) s.idle = undefined;
  let page: Page;
  if (idle) page = idle;
  else {
    const spare = s?.page;
    if (s) s.page = undefined;
    openSpare(browser); // the next page opens while this one works
    page = await (spare ? spare.catch(() => openPage(browser)) : openPage(browser));
  }
  let ok = false;
  try {
    const result = await fn(page);
    ok = true;
    return result;
  } finally {
    if (ok && s && s.budget === Infinity && !s.idle && browser.connected) s.idle = page;
    else await page.close().catch(() => undefined);
  }
}

/** Whether `browser` keeps its last page for the next withPage (a warm browser: `--watch`). */
export function keepsPages(browser: Browser): boolean {
  return spares.get(browser)?.budget === Infinity;
}

/** The page each browser has in front, as a queue: the next one waits for the current one to be done. */
const fronts = new WeakMap<Browser, Promise<void>>();

/**
 * Run fn with `page` as the browser's front tab, one page at a time. A tab behind another one is hidden, and a
 * hidden page gets no animation frames: reveal's print view waits for one, and so does our readiness polling.
 * Printing (page.pdf) needs none, so a page loads in front and prints behind while the next one loads.
 */
export async function inFront<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const browser = page.browser();
  const before = fronts.get(browser) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => { release = resolve; });
  fronts.set(browser, before.then(() => mine));
  await before;
  try {
    await page.bringToFront();
    return await fn();
  } finally {
    release();
  }
}
