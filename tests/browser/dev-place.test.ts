// Live reload never loses your place: follow the slide by id or title across inserts, edits and renames;
// deck-level settings apply in place; the speaker view follows; several decks get an index page.
import { readFileSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { fixture, tempProject } from '../support/decks.ts';

type R = { slide(h: number, v?: number, f?: number): void; getIndices(): { h: number; f?: number }; getConfig(): { controls: boolean } };
declare const Reveal: R;

const project = tempProject(fixture('live'), 'live');
cpSync(fixture('four-three'), path.join(project.root, 'slides', 'other'), { recursive: true });
const yamlFile = path.join(project.deckDir, 'deck.yaml');
const edit = (from: string | RegExp, to: string) => writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(from, to));
let server: ViteDevServer;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  server = await startDevServer({ root: project.root, quiet: true }); // no deck: every deck under slides/
  base = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
  ({ page } = await watchedPage(browser));
  await page.goto(`${base}live/`);
  await waitForDeck(page);
  await page.evaluate(() => { (window as unknown as { __noReload: boolean }).__noReload = true; Reveal.slide(4, 0, 1); });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.cleanup();
});

const indices = () => page.evaluate(() => Reveal.getIndices());
const noReload = () => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload);

it('at slide 5, fragment 2: inserting a slide before it and editing it keeps the same slide and fragment', async () => {
  expect(await indices()).toMatchObject({ h: 4, f: 1 });
  edit('  - layout: quote\n', '  - layout: section\n    title: Inserted\n    notes: New.\n  - layout: quote\n');
  await page.waitForFunction(() => document.querySelectorAll('.reveal .slides > section').length === 7, { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 5, f: 1 });
  edit('title: The current slide', 'title: The current slide, edited');
  await page.waitForFunction(() => document.querySelector('section.present h2')?.textContent === 'The current slide, edited', { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 5, f: 1 });
  expect(await noReload()).toBe(true);
});

it('follows a renamed slide by its title, and a removed earlier slide', async () => {
  edit('id: current', 'id: renamed');
  await page.waitForFunction(() => document.querySelector('section.present')?.id === 'renamed', { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 5, f: 1 });
  edit('  - layout: section\n    title: Inserted\n    notes: New.\n', '');
  await page.waitForFunction(() => document.querySelectorAll('.reveal .slides > section').length === 6, { timeout: 10_000 });
  expect(await indices()).toMatchObject({ h: 4, f: 1 });
  expect(await noReload()).toBe(true);
});

it('applies deck-level settings in place', async () => {
  edit('title: Live reload\nreveal: { transition: none }', 'title: Live reload, retitled\nreveal: { transition: none, controls: false }');
  await page.waitForFunction(() => document.title === 'Live reload, retitled', { timeout: 10_000 });
  expect(await page.evaluate(() => Reveal.getConfig().controls)).toBe(false);
  expect(await indices()).toMatchObject({ h: 4, f: 1 });
  expect(await noReload()).toBe(true);
});

it('keeps the speaker view in sync with edits', async () => {
  const popup = new Promise<Page>((resolve) => browser.once('targetcreated', async (t) => resolve((await t.page())!)));
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('Five.'), { timeout: 15_000 });
  edit('notes: Five.', 'notes: Five, rewritten live.');
  await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.includes('Five, rewritten live.'), { timeout: 15_000 });
  await speaker.close();
});

it('serves an index of every deck when started without one', async () => {
  const index = await browser.newPage();
  try {
    await index.goto(base);
    const items = await index.$$eval('ul.decks li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
    expect(items).toEqual([
      expect.stringMatching(/^Live reload, retitled\s*live · 6 slides · theme pytorch$/),
      expect.stringMatching(/^Four by three\s*other · 2 slides · theme pytorch$/),
    ]);
    await Promise.all([index.waitForNavigation(), index.click('a[href="/other/"]')]);
    await waitForDeck(index);
    expect(await index.$eval('#html p.trusted', (p) => p.textContent)).toBe('This deck trusts its HTML.');
  } finally {
    await index.close();
  }
});
