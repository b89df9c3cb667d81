// The dev server in real Chromium: edits appear in place on the same slide; bad content shows the overlay
// and the server recovers when it is fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { fixture, tempProject } from '../support/decks.ts';

type R = { slide(h: number, v?: number, f?: number): void; getIndices(): { h: number; v: number; f?: number } };
declare const Reveal: R;

const project = tempProject(fixture('all-layouts'), 'live');
const yamlFile = path.join(project.deckDir, 'deck.yaml');
const edit = (from: string | RegExp, to: string) => writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(from, to));
let server: ViteDevServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  server = await startDevServer({ deck: 'live', root: project.root, quiet: true });
  browser = await launchBrowser();
  ({ page, problems } = await watchedPage(browser));
  await page.goto(server.resolvedUrls!.local[0]!);
  await waitForDeck(page);
  await page.evaluate(() => { (window as unknown as { __noReload: boolean }).__noReload = true; Reveal.slide(2, 0, 1); });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.cleanup();
});

const text = (sel: string) => page.$eval(sel, (el) => el.textContent ?? '');
const indices = () => page.evaluate(() => Reveal.getIndices());

it('binds to 127.0.0.1 by default', () => {
  expect(server.resolvedUrls!.local[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(server.resolvedUrls!.network).toEqual([]);
});

it('shows an edit of deck.yaml in place, on the same slide and fragment, without reloading', async () => {
  expect(await indices()).toMatchObject({ h: 2, f: 1 });
  edit('title: Bullet points', 'title: Bullet points, edited live');
  await page.waitForFunction(() => document.querySelector('#points h2')?.textContent === 'Bullet points, edited live', { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 2, f: 1 });
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
});

it('follows a Markdown body file and a deck-local layout', async () => {
  writeFileSync(path.join(project.deckDir, 'part.md'), 'Body **changed** on disk.\n');
  await page.waitForFunction(() => document.querySelector('#free .prose')?.textContent?.includes('Body changed on disk.'), { timeout: 10_000 });
  const layout = path.join(project.deckDir, 'layouts/big-number.hbs');
  writeFileSync(layout, readFileSync(layout, 'utf8').replace('class="value"', 'class="value changed"'));
  await page.waitForFunction(() => document.querySelector('#custom .value.changed') !== null, { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 2 });
});

it('a page that missed an update asks for every slide, and shows the edit in place', async () => {
  // this page is served as if it showed an older version of the slides than the next update builds on
  const { page: late, problems: lateProblems } = await watchedPage(browser);
  await late.evaluateOnNewDocument(() => {
    new MutationObserver((_, observer) => {
      const meta = document.querySelector('meta[name="podium-version"]');
      if (meta) { meta.setAttribute('content', '-1'); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await late.goto(server.resolvedUrls!.local[0]!);
  await waitForDeck(late);
  await late.evaluate(() => { (window as unknown as { __noReload: boolean }).__noReload = true; Reveal.slide(2, 0, 1); });
  edit(/title: Bullet points[^\n]*/, 'title: Bullet points, edited twice');
  await late.waitForFunction(() => document.querySelector('#points h2')?.textContent === 'Bullet points, edited twice', { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('#points h2')?.textContent === 'Bullet points, edited twice', { timeout: 10_000 });
  expect(await late.evaluate(() => [(window as unknown as { __noReload?: boolean }).__noReload, Reveal.getIndices()])).toMatchObject([true, { h: 2, f: 1 }]);
  expect(lateProblems.filter((p) => !p.includes('podium') && !p.includes('[vite]'))).toEqual([]);
  await late.close();
});

it('an edit that adds lines moves every later slide\'s data-line, as a fresh page shows it', async () => {
  const lines = () => page.$$eval('.reveal .slides > section', (ss) => ss.map((s) => s.getAttribute('data-line')));
  const before = await lines();
  edit('    id: opening\n', '    id: opening\n    # two lines\n    # added\n');
  await page.waitForFunction((l) => document.querySelector('#points')?.getAttribute('data-line') === l, { timeout: 10_000 }, String(Number(before[2]) + 2));
  const served = [...(await (await fetch(server.resolvedUrls!.local[0]! + 'live/')).text()).matchAll(/<section class="podium-slide[^>]* data-line="(\d+)"/g)].map((m) => m[1]);
  expect(await lines()).toEqual(served);
  expect((await lines()).slice(1)).toEqual(before.slice(1).map((l) => String(Number(l) + 2)));
  expect(await text('#points h2')).toBe('Bullet points, edited twice');
  expect(await indices()).toMatchObject({ h: 2, f: 1 });
});

it('shows invalid content in Vite\'s error overlay and recovers when it is fixed', async () => {
  edit('layout: quote', 'layout: qoute');
  await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 });
  const message = await page.$eval('vite-error-overlay', (el) => el.shadowRoot?.textContent ?? '');
  expect(message).toMatch(/deck\.yaml:\d+:\d+\s+slide 6: unknown layout "qoute" \(did you mean "quote"\?\)/);
  edit('layout: qoute', 'layout: quote');
  await page.waitForFunction(() => document.querySelector('vite-error-overlay') === null, { timeout: 10_000 });
  expect(await text('#saying blockquote')).toContain('Simple things should be simple.');
  expect(await indices()).toMatchObject({ h: 2 });
  expect(problems.filter((p) => !p.includes('podium') && !p.includes('[vite]'))).toEqual([]);
});

it('serves the error page when the deck is invalid on load, then the deck once fixed', async () => {
  edit('title: All *layouts*', 'title: [unclosed');
  await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 });
  expect(await page.$('.reveal')).toBeNull();
  edit('title: [unclosed', 'title: All *layouts*');
  await page.waitForFunction(() => document.documentElement.dataset.podiumReady === 'true', { timeout: 15_000 });
});

it('refuses files outside the deck', async () => {
  const base = server.resolvedUrls!.local[0]!;
  writeFileSync(path.join(project.root, 'slides', 'secret.txt'), 'not part of any deck');
  for (const p of ['@fs/etc/passwd', '../../etc/passwd', '@fs' + project.root + '/../', 'secret.txt', '%2e%2e/%2e%2e/etc/passwd']) {
    const res = await fetch(new URL(p, base));
    expect(res.status, p).toBeGreaterThanOrEqual(400);
  }
});
