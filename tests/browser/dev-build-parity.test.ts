// Dev = build, pixel for pixel: the same slides of the PyTorch talk and of a deck with its own theme.css,
// in every built-in theme, shot from the dev server and from the static build, must be the same image.
// One browser, one dev server for all decks, a few slides per deck. PODIUM_PARITY_OUT=<dir> keeps the PNGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { themeNames } from '../../src/theme/themes.ts';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { fixture, PYTORCH, tempDir } from '../support/decks.ts';
import { copyDeck, pixelDiff, type Diff } from '../support/pixels.ts';

declare const Reveal: { slide(h: number, v?: number, f?: number): void; configure(o: Record<string, unknown>): void };

const THEMES = themeNames();
const DECKS = [
  { name: 'pytorch', src: PYTORCH, slides: [0, 4, 7, 12] }, // title (title rule), timeline, cards, code
  { name: 'local-css', src: fixture('local-css'), slides: [0, 1] },
];
const VIEWPORT = { width: 1280, height: 720 };
/** Anti-aliasing only: a pixel counts as different when a channel is off by more than this… */
const CHANNEL_TOLERANCE = 40;
/** …and at most this share of a slide's pixels may differ (0.02% of 1280×720 is 184 pixels). */
const MAX_DIFFERENT = 0.0002;
const keep = process.env.PODIUM_PARITY_OUT;

const root = tempDir('podium-parity-');
const decks = THEMES.flatMap((theme) => DECKS.map((d) => ({ ...d, theme, id: `${d.name}-${theme}` })));
let server: ViteDevServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  for (const d of decks) {
    const dir = copyDeck(d.src, path.join(root, 'slides', d.id));
    const yaml = path.join(dir, 'deck.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^theme: .*$/m, `theme: ${d.theme}`));
    await build(dir, { root, out: path.join(root, 'dist', d.id), warn: () => {} });
  }
  server = await startDevServer({ root, quiet: true });
  browser = await launchBrowser();
  ({ page, problems } = await watchedPage(browser, VIEWPORT));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a deck, notes its last stylesheet, stills every animation (the same for both sides), and shoots the given slides. */
async function shoot(url: string, slides: number[]): Promise<{ shots: Buffer[]; lastSheet: string }> {
  await page.goto(url);
  await waitForDeck(page);
  const lastSheet = await page.evaluate(() => {
    // the page's own sheets (an inline SVG — a diagram — carries a <style> of its own in the body)
    const sheet = [...document.styleSheets].filter((s) => s.ownerNode && document.head.contains(s.ownerNode)).at(-1);
    return sheet?.href ?? `<style> ${sheet?.ownerNode?.textContent?.slice(0, 60)}`;
  });
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }' });
  await page.evaluate(() => Reveal.configure({ transition: 'none', backgroundTransition: 'none' }));
  const shots: Buffer[] = [];
  for (const i of slides) {
    await page.evaluate((n) => Reveal.slide(n, 0, 99), i);
    await page.evaluate(async () => {
      await Promise.all([document.fonts.ready, ...[...document.images].map((img) => img.decode().catch(() => undefined))]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    shots.push(Buffer.from(await page.screenshot({ type: 'png' })));
  }
  return { shots, lastSheet };
}

describe.each(decks)('$id', (d) => {
  it('looks the same from the dev server as from the static build', async () => {
    const { shots: dev, lastSheet: devSheet } = await shoot(`${server.resolvedUrls!.local[0]!.replace(/\/$/, '')}/${d.id}/`, d.slides);
    const devRule = await page.$eval('.title-rule', (el) => getComputedStyle(el).backgroundColor).catch(() => undefined);
    const { shots: built, lastSheet: builtSheet } = await shoot(pathToFileURL(path.join(root, 'dist', d.id, 'index.html')).href, d.slides);
    const builtRule = await page.$eval('.title-rule', (el) => getComputedStyle(el).backgroundColor).catch(() => undefined);

    const diffs: Array<Diff & { slide: number }> = [];
    for (const [k, n] of d.slides.entries()) {
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(path.join(keep, `${d.id}-${n + 1}-dev.png`), dev[k]!);
        writeFileSync(path.join(keep, `${d.id}-${n + 1}-build.png`), built[k]!);
      }
      diffs.push({ slide: n + 1, ...(await pixelDiff(dev[k]!, built[k]!, CHANNEL_TOLERANCE)) });
    }
    for (const diff of diffs) {
      expect(diff.size, `slide ${diff.slide}: screenshot size`).toBe(`${VIEWPORT.width}x${VIEWPORT.height}`);
      expect(diff.different / diff.total, `slide ${diff.slide}: ${diff.different} pixels differ in ${diff.box}`).toBeLessThanOrEqual(MAX_DIFFERENT);
    }
    // The theme is the last stylesheet on both sides: nothing injected after it can win a tie.
    expect(devSheet).toContain('/@podium/theme.css');
    expect(builtSheet).toMatch(/\/podium\/theme\.css$/);
    if (d.name === 'local-css') {
      expect(devRule).toBe('rgb(224, 33, 138)'); // the deck's theme.css beats layouts.css's .title-rule
      expect(builtRule).toBe('rgb(224, 33, 138)');
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
