// Pages of a browser: withPage opens one and always closes it. A warm browser (`--watch`) keeps a spare
// page open, so an export does not wait for a new page (0.1–0.3 s), and opens the next one right after.
import type { Browser, Page } from 'puppeteer';

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // Functions handed to page.evaluate may carry esbuild's keep-names helper when run through tsx.
  await page.evaluateOnNewDocument('globalThis.__name ??= (f) => f');
  return page;
}

/** The spare page of each browser that keeps one (undefined while none is open). */
const spares = new WeakMap<Browser, Promise<Page> | undefined>();

function openSpare(browser: Browser): void {
  if (!spares.has(browser) || spares.get(browser) || !browser.connected) return;
  const page = openPage(browser);
  page.catch(() => spares.set(browser, undefined));
  spares.set(browser, page);
}

/** From now on `browser` keeps a page open for the next withPage. */
export function keepSparePage(browser: Browser): void {
  if (!spares.has(browser)) spares.set(browser, undefined);
  openSpare(browser);
}

/** Run fn with a new page (a warm browser's spare one when it has it), closed afterwards. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>): Promise<T> {
  const spare = spares.get(browser);
  if (spare) spares.set(browser, undefined);
  const page = await (spare ? spare.catch(() => openPage(browser)) : openPage(browser));
  try {
    return await fn(page);
  } finally {
    await page.close().catch(() => undefined);
    openSpare(browser);
  }
}
