// A real Chromium page that records what went wrong: console errors, page errors, failed or remote requests.
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../../src/export/browser.ts';

export interface Watched { page: Page; problems: string[]; requests: string[] }

export async function watchedPage(browser: Browser, viewport = { width: 1920, height: 1080 }): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return { page, problems, requests };
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.podiumReady === 'true' && (window as unknown as { Reveal: { isReady(): boolean } }).Reveal.isReady(), { timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
}

export { launchBrowser };
export type { Browser, Page };
