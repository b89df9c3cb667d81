// Readiness is observed, never slept on: one deadline for the whole export; a timeout names what hung.
import type { Page } from 'puppeteer';
import { DeckError } from '../errors.ts';

export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) { this.end = Date.now() + ms; }
  left(): number { return Math.max(1, this.end - Date.now()); }
}

const isTimeout = (e: unknown) => e instanceof Error && (e.name === 'TimeoutError' || /timed? ?out|exceeded/i.test(e.message));

/** Runs one step of the export under the deadline; a timeout becomes a DeckError saying what hung. */
export async function withinDeadline<T>(page: Page, deadline: Deadline, step: (ms: number) => Promise<T>, fallback: string): Promise<T> {
  try {
    return await step(deadline.left());
  } catch (e) {
    if (!isTimeout(e)) throw e;
    const what = await page.evaluate(describeHang).catch(() => undefined);
    throw new DeckError({ message: `export timed out after ${(deadline.ms / 1000).toFixed(deadline.ms < 1000 ? 2 : 0)} s: ${what ?? fallback}`,
      hint: 'raise --timeout, or fix the slide named above' });
  }
}

/** Runs in the page: the first thing still loading, named by its slide. */
function describeHang(): string | undefined {
  const img = [...document.images].find((i) => !i.complete);
  const slide = img?.closest('section[data-podium-slide]');
  if (img && slide) {
    const layout = [...slide.classList].find((c) => c.startsWith('layout-'))?.slice(7);
    return `slide ${slide.getAttribute('data-podium-slide')} (${layout}): image ${img.getAttribute('src')} never finished loading`;
  }
  if (img) return `image ${img.getAttribute('src')} never finished loading`;
  if (document.fonts.status !== 'loaded') return 'fonts never finished loading';
  return undefined;
}

/** Wait for a condition in the page (polling on animation frames) within the deadline. */
export function waitInPage(page: Page, condition: string, deadline: Deadline, fallback: string): Promise<void> {
  return withinDeadline(page, deadline, (timeout) => page.waitForFunction(condition, { timeout, polling: 'raf' }).then(() => undefined), fallback);
}

/** Every <img> and slide background decoded, every font loaded. */
export async function waitForAssets(page: Page, deadline: Deadline): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __podiumAssets?: boolean };
    w.__podiumAssets = false; // a print view patched in place (print-view.ts) is waited for again
    const urls = [...document.querySelectorAll('[data-background-image]')].map((el) => el.getAttribute('data-background-image')!);
    const backgrounds = urls.map((u) => { const i = new Image(); i.src = u; return i.decode(); });
    const images = [...document.images].map((img) => (img.complete ? Promise.resolve() : img.decode()));
    void Promise.allSettled([...images, ...backgrounds, document.fonts.ready]).then(() => { w.__podiumAssets = true; });
  });
  await waitInPage(page, 'window.__podiumAssets === true', deadline, 'a slide background never finished loading');
}
