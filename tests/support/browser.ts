// A real Chromium page that records what went wrong: console errors, page errors, failed or remote requests.
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../../src/browser/browser.ts';

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

/** Visit every slide (so its fonts load) and list the elements that leave the slide or run into its footer. */
export function slidesOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type R = { getTotalSlides(): number; slide(h: number, v?: number, f?: number): void; getCurrentSlide(): HTMLElement };
    const reveal = (window as unknown as { Reveal: R }).Reveal;
    const found: string[] = [];
    for (let i = 0; i < reveal.getTotalSlides(); i++) {
      reveal.slide(i, 0, 99);
      const slide = reveal.getCurrentSlide();
      const box = slide.getBoundingClientRect();
      for (const el of slide.querySelectorAll<HTMLElement>('.slide-frame *')) {
        const r = el.getBoundingClientRect();
        if (r.width && (r.right > box.right + 1 || r.bottom > box.bottom - 90 || r.left < box.left - 1)) found.push(`slide ${i + 1}: ${el.className || el.tagName}`);
      }
    }
    return found;
  });
}

export { launchBrowser };
export type { Browser, Page };
