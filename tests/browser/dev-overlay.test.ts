// The dev server's error overlay: every problem of deck.yaml, its files and its theme in one round, in the
// order `build` prints them, and a closing tip about what a Podium user does (no vite.config.js, a file they
// do not have) — on the error page and on an overlay Vite opens after an edit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PODIUM_TIP } from '../../src/runtime/overlay-tip.ts';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { ROOT, tempProject } from '../support/decks.ts';

const project = tempProject(path.join(ROOT, 'tests/fixtures/one-round/every-stage'), 'broken');
let server: ViteDevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startDevServer({ deck: 'broken', root: project.root, quiet: true });
  browser = await launchBrowser();
  ({ page } = await watchedPage(browser));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.cleanup();
});

/** The overlay's text once it shows `expected`, and its closing tip. */
async function overlay(expected: string): Promise<{ text: string; tip: string }> {
  await page.waitForFunction((s) => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').includes(s), { timeout: 15_000 }, expected);
  return page.$eval('vite-error-overlay', (el) => ({ text: el.shadowRoot!.textContent ?? '', tip: el.shadowRoot!.querySelector('.tip')?.textContent ?? '' }));
}

it('lists every problem of the deck, its files and its theme, in line order, with Podium\'s tip', async () => {
  await page.goto(server.resolvedUrls!.local[0]!);
  const { text, tip } = await overlay('paper.png');
  const order = ['unknown theme "workshp"', 'unknown layout "bulets"', 'img/chart.png', 'itmes: unknown field (did you mean "items"?)',
    'img/missing.png', 'missing.md', 'colours: unknown field', 'font "Comic Sans" is not installed', 'nope.svg', 'paper.png'];
  const at = order.map((s) => text.indexOf(s));
  expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(text).not.toContain('is required');
  expect(tip).toBe(PODIUM_TIP);
  expect(text).not.toMatch(/vite\.config|server\.hmr\.overlay/);
});

it('gives an overlay opened by an edit the same tip, and shows the deck once it is fixed', async () => {
  writeFileSync(path.join(project.deckDir, 'theme', 'theme.yaml'), 'extends: workshop\n');
  writeFileSync(path.join(project.deckDir, 'theme', 'theme.css'), '');
  writeFileSync(path.join(project.deckDir, 'deck.yaml'), 'title: T\nslides:\n  - layout: quote\n    qoute: Q\n');
  const { tip, text } = await overlay('qoute: unknown field');
  expect(text).not.toContain('unknown layout');
  expect(tip).toBe(PODIUM_TIP);
  writeFileSync(path.join(project.deckDir, 'deck.yaml'), 'title: T\nslides:\n  - layout: quote\n    quote: Q\n');
  await page.waitForFunction(() => document.querySelector('.reveal .slides') !== null, { timeout: 15_000 });
  await waitForDeck(page);
  expect(await page.$('vite-error-overlay')).toBeNull();
});
