// Podium's print layout (src/runtime/print-layout.ts, `?podium-print`), printed as every export prints it
// (printDeck: pages hidden until their part prints), against reveal.js's print view (`?print-pdf` alone) of
// the same built site: the same pages, pixels, text and tag tree, printed by the same Chromium — with
// fragments as pages, notes pages and a range — and reveal is never started. One difference is wanted: reveal puts the first slide's `data-state` on the whole page, so
// a first slide with `number: false` hides every page number of its print view; Podium's keeps them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { printDeck } from '../../src/export/print-page.ts';
import { launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { fixture, PYTORCH, tempDir } from '../support/decks.ts';
import { fonts, readPdf, renderPage, differingShare } from '../support/pdf.ts';
import { pdfinfoStruct } from '../support/pdf-structure.ts';

const out = tempDir();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await build(fixture('all-layouts'), { out: path.join(out, 'all-layouts') });
  await build(fixture('visual'), { out: path.join(out, 'visual') });
  await build(PYTORCH, { out: path.join(out, 'pytorch') });
}, 180_000);
afterAll(async () => { await browser?.close(); });

const started = (page: Page) => page.evaluate(() => document.querySelector('.reveal > .controls, .reveal > .backgrounds') !== null);

/** reveal's print view of the site (index.html?print-pdf<query>), printed tagged after its images are decoded. */
async function printReveal(site: string, query: string, name: string): Promise<{ file: string; revealStarted: boolean }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${pathToFileURL(path.join(out, site, 'index.html')).href}?print-pdf${query}`);
    await page.waitForFunction('document.documentElement.dataset.podiumPdfReady === "true"', { timeout: 60_000, polling: 'raf' });
    await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => undefined))));
    const revealStarted = await started(page);
    const file = path.join(out, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
    return { file, revealStarted };
  } finally { await page.close(); }
}

/** The site printed by the export's own path. */
async function printPodium(site: string, o: { fragments?: boolean; notes?: boolean; range?: string }): Promise<{ file: string; revealStarted: boolean }> {
  const page = await browser.newPage();
  try {
    const { pdf } = await printDeck(page, pathToFileURL(path.join(out, site, 'index.html')).href, { ...o, timeout: 60_000 });
    const file = path.join(out, `${site}-podium.pdf`);
    writeFileSync(file, pdf);
    return { file, revealStarted: await started(page) };
  } finally { await page.close(); }
}

async function expectSamePrint(site: string, o: { fragments?: boolean; notes?: boolean; range?: string }): Promise<void> {
  const query = `${o.fragments ? '&podium-fragments' : ''}${o.notes ? '&podium-notes' : ''}${o.range ? `&podium-range=${o.range}` : ''}`;
  const reveal = await printReveal(site, query, `${site}-reveal`);
  const podium = await printPodium(site, o);
  expect(reveal.revealStarted).toBe(true);
  expect(podium.revealStarted).toBe(false);
  const [a, b] = await Promise.all([readPdf(reveal.file), readPdf(podium.file)]);
  expect(b.pages).toBe(a.pages);
  expect(b.text).toEqual(a.text);
  expect(pdfinfoStruct(podium.file).tree).toBe(pdfinfoStruct(reveal.file).tree);
  // every face embedded, none missing: a hidden page's fonts are loaded by the time it prints
  const faces = async (file: string) => [...new Set((await fonts(file)).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].sort();
  expect(await faces(podium.file)).toEqual(await faces(reveal.file));
  for (let n = 1; n <= a.pages; n++) expect(differingShare(renderPage(reveal.file, n, 30), renderPage(podium.file, n, 30)), `page ${n}`).toBeLessThan(0.001);
}

describe("Podium's print layout", () => {
  it('prints every layout as reveal does, fragments as pages and notes on pages of their own', { timeout: 120_000 }, async () => {
    await expectSamePrint('all-layouts', { fragments: true, notes: true });
  });

  it('prints photo backgrounds, asides and per-slide chrome as reveal does, over a range', { timeout: 120_000 }, async () => {
    await expectSamePrint('visual', { range: '2-20' }); // from 2: see the header about slide 1's number: false
  });

  it('prints the showcase talk as reveal does', { timeout: 120_000 }, async () => {
    await expectSamePrint('pytorch', {});
  });

  it("keeps every page's number where reveal's print view lets the first slide's number: false hide them all", { timeout: 60_000 }, async () => {
    const numbers = async (query: string) => {
      const page = await browser.newPage();
      await page.goto(`${pathToFileURL(path.join(out, 'visual', 'index.html')).href}?print-pdf${query}`);
      await page.waitForFunction('document.documentElement.dataset.podiumPdfReady === "true"', { timeout: 60_000, polling: 'raf' });
      const shown = await page.$$eval('.slide-number-pdf', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.textContent));
      await page.close();
      return shown;
    };
    expect(await numbers('')).toEqual([]);
    const shown = await numbers('&podium-print');
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).not.toContain('1'); // the first slide's own number: false still holds
  });
});
