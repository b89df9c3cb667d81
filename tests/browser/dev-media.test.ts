// Diagrams in the dev server: an edit to a diagram is drawn in the server's warm browser and swapped into
// the open page; a mermaid error shows at its line and the page recovers; the browser dies with the server.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { fixture, tempProject } from '../support/decks.ts';
import { descendants, until } from '../support/hardening.ts';

const project = tempProject(fixture('media'), 'live-media');
const yamlFile = path.join(project.deckDir, 'deck.yaml');
const edit = (from: string | RegExp, to: string) => writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(from, to));
let server: ViteDevServer | undefined;
let browser: Browser;
let page: Page;

/** Chromium browsers (not helpers) started by this process, other than the test's own. */
const serverChromiums = () => descendants(process.pid)
  .filter((p) => p.args.includes('--user-data-dir=') && !/--type=/.test(p.args) && p.pid !== browser.process()?.pid);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startDevServer({ deck: 'live-media', root: project.root, quiet: true });
  ({ page } = await watchedPage(browser));
  await page.goto(server.resolvedUrls!.local[0]!);
  await waitForDeck(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  project.cleanup();
});

const labels = () => page.$$eval('section[data-podium-slide="1"] svg[data-podium-media] text', (els) => els.map((e) => e.textContent));

it('draws an edited diagram in the server\'s browser and shows it in the open page', async () => {
  expect(await labels()).toContain('Fused kernels');
  const label = `Kernels ${Date.now() % 100_000}`; // new text, not in any cache (short: a long label wraps onto two lines)
  edit('kernels[Fused kernels]', `kernels[${label}]`);
  await page.waitForFunction((l) => [...document.querySelectorAll('section[data-podium-slide="1"] svg text')].some((e) => e.textContent === l),
    { polling: 'mutation', timeout: 60_000 }, label);
  expect(serverChromiums().length).toBe(1); // kept warm for the next edit
}, 90_000);

it('reports a mermaid error at its line in the overlay, and recovers when it is fixed', async () => {
  const before = readFileSync(yamlFile, 'utf8');
  edit(/code --> compile\[torch\.compile\] --> fx\[FX graph\]/, 'code --> compile[torch.compile] -->');
  await page.waitForFunction(() => {
    const overlay = document.querySelector('vite-error-overlay');
    return overlay?.shadowRoot?.textContent?.includes('slide 1 (diagram): mermaid: Parse error');
  }, { timeout: 60_000 });
  const text = await page.$eval('vite-error-overlay', (el) => el.shadowRoot!.textContent ?? '');
  expect(text).toMatch(/deck\.yaml:9:\d+/);
  const label = `Fixed ${Date.now() % 100_000}`;
  writeFileSync(yamlFile, before.replace(/kernels\[[^\]]*\]/, `kernels[${label}]`));
  await page.waitForFunction((l) => [...document.querySelectorAll('section[data-podium-slide="1"] svg text')].some((e) => e.textContent === l),
    { polling: 'mutation', timeout: 60_000 }, label);
}, 120_000);

it('closes its browser when the server closes', async () => {
  expect(serverChromiums().length).toBe(1);
  await server!.close();
  server = undefined;
  await until(() => serverChromiums().length === 0, 15_000, 'the dev server\'s Chromium to exit');
}, 30_000);
