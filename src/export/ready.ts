// Readiness is observed, never slept on: one deadline for the whole export; a timeout names what hung.
import type { Page } from 'puppeteer';
import { DeckError } from '../errors.ts';

export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) { this.end = Date.now() + ms; }
  left(): number { return Math.max(1, this.end - Date.now()); }
}

const isTimeout = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || /timed? ?out|exceeded/i.test(e.message));

/** Wait for `what` to become true in the page; on timeout, `explain` says which slide hung. */
export async function waitInPage(page: Page, condition: string, deadline: Deadline, explain: () => Promise<string>): Promise<void> {
  try {
    await page.waitForFunction(condition, { timeout: deadline.left(), polling: 'raf' });
  } catch (e) {
    if (!isTimeout(e)) throw e;
    throw new DeckError({ message: `export timed out after ${(deadline.ms / 1000).toFixed(0)} s: ${await explain()}`, hint: 'raise --timeout, or fix the slide named above' });
  }
}

/** Every <img> and slide background decoded, every font loaded. Reports the first slide still waiting. */
export async function waitForAssets(page: Page, deadline: Deadline): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __podiumAssets?: boolean };
    const urls = [...document.querySelectorAll('[data-background-image]')].map((el) => el.getAttribute('data-background-image')!);
    const backgrounds = urls.map((u) => { const i = new Image(); i.src = u; return i.decode(); });
    const images = [...document.images].map((img) => (img.complete ? Promise.resolve() : img.decode()));
    void Promise.allSettled([...images, ...backgrounds, document.fonts.ready]).then(() => { w.__podiumAssets = true; });
  });
  await waitInPage(page, 'window.__podiumAssets === true', deadline, () => page.evaluate(() => {
    const img = [...document.images].find((i) => !i.complete);
    const slide = img?.closest('section[data-podium-slide]');
    if (img && slide) return `slide ${slide.getAttribute('data-podium-slide')} (${[...slide.classList].find((c) => c.startsWith('layout-'))?.slice(7)}): image ${img.getAttribute('src')} never finished loading`;
    return document.fonts.status !== 'loaded' ? 'fonts never finished loading' : 'a slide background never finished loading';
  }));
}
