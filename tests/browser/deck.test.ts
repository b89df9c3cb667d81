// The built deck in real Chromium over file://: reveal ready, every slide reachable, nothing broken or remote.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { launchBrowser, slidesOverflowing, waitForDeck, watchedPage, type Browser } from '../support/browser.ts';
import { deckYaml, fixture, PYTORCH, tempDir } from '../support/decks.ts';

let browser: Browser;
const out = tempDir();
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

type R = { getTotalSlides(): number; slide(h: number, v?: number, f?: number): void; getIndices(): { h: number; f?: number }; getCurrentSlide(): HTMLElement; isReady(): boolean };
declare const Reveal: R;

const MONO = 'JetBrains Mono';
describe.each([
  ['pytorch-lessons', PYTORCH, ['Inter', MONO]],
  ['all-layouts', fixture('all-layouts'), ['Inter', MONO]],
  ['hostile', fixture('hostile'), ['Inter']],
])('%s over file://', (name, dir, fonts) => {
  it('is ready, shows every slide, logs no error and requests nothing remote', async () => {
    const target = path.join(out, name);
    await build(dir, { out: target });
    const { page, problems, requests } = await watchedPage(browser);
    try {
      await page.goto(pathToFileURL(path.join(target, 'index.html')).href);
      await waitForDeck(page);
      const total = await page.evaluate(() => Reveal.getTotalSlides());
      expect(total).toBe(deckYaml(dir).slides.length);
      for (let i = 0; i < total; i++) {
        await page.evaluate((h) => Reveal.slide(h), i);
        const current = await page.evaluate(() => Reveal.getCurrentSlide().getAttribute('data-podium-slide'));
        expect(current).toBe(String(i + 1));
      }
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
      for (const font of fonts) expect(loaded, font).toContain(font);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});

it('lays out the PyTorch talk without overflowing any slide at 1920×1080', async () => {
  const target = path.join(out, 'pytorch-lessons');
  const { page } = await watchedPage(browser);
  try {
    await page.goto(pathToFileURL(path.join(target, 'index.html')).href);
    await waitForDeck(page);
    const overflow = await slidesOverflowing(page);
    expect(overflow).toEqual([]);
  } finally {
    await page.close();
  }
});
