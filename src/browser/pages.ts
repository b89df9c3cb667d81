// Pages of a browser: withPage opens one and always closes it. Opening a page costs Chromium 0.3–0.5 s (a new
// renderer process), so a browser may keep spare pages: the next one is opened as soon as the current one is
// taken, and is ready by the time it is needed. A warm browser (`--watch`) keeps one forever; an export opens
// exactly as many as it has outputs to print.
import type { Browser, Page } from 'puppeteer';

async function openPage(browser: Browser): Promise<Page> {
  // its own window: a tab behind another one is hidden, and a hidden page gets no animation frames (the print
  // view's readiness is polled on them) — two outputs print at once, and a spare page opens behind the active one
  const page = await browser.newPage({ type: 'window' });
  // Functions handed to page.evaluate may carry esbuild's keep-names helper when run through tsx.
  await page.evaluateOnNewDocument('globalThis.__name ??= (f) => f');
  return page;
}

/** Each browser that keeps spares: the one open (or opening), and how many more may be opened. */
const spares = new WeakMap<Browser, { page?: Promise<Page>; budget: number }>();

function openSpare(browser: Browser): void {
  const s = spares.get(browser);
  if (!s || s.page || s.budget <= 0 || !browser.connected) return;
  s.budget--;
  const page = openPage(browser);
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

/** Run fn with a new page (a spare one when the browser keeps them), closed afterwards. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const s = spares.get(browser);
  const spare = s?.page;
  if (s) s.page = undefined;
  openSpare(browser); // the next page opens while this one works
  const page = await (spare ? spare.catch(() => openPage(browser)) : openPage(browser));
  try {
    return await fn(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}
