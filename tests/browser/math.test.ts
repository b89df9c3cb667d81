// Math and emoji in real Chromium: the built site draws formulas with KaTeX's bundled fonts (no request
// leaves the site, no console error), the slides PDF and the handout embed those fonts and the emoji font
// (the formula's glyphs and the icons drawn from them, nothing from the system), and the dev server shows a
// formula typed live with the same fonts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/check/check.ts';
import { runExport, type ExportResult } from '../../src/export/export.ts';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, waitForDeck, watchedPage, type Browser } from '../support/browser.ts';
import { fixture, tempDir, tempProject } from '../support/decks.ts';
import { colourCount, fonts, readPdf, renderPage } from '../support/pdf.ts';

const out = tempDir('podium-math-browser-');
let browser: Browser;
let result: ExportResult;
beforeAll(async () => {
  result = await runExport({ deck: fixture('math'), out, pdf: true, handout: true, flags: {} });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

/** What Chromium draws a formula and an icon with: the first family of each, and the faces it loaded. */
function drawnWith() {
  const first = (el: Element | null) => (el ? getComputedStyle(el).fontFamily.split(',')[0]!.replace(/["']/g, '').trim() : '');
  return {
    variable: first(document.querySelector('.katex .mathnormal')),
    main: first(document.querySelector('.katex')),
    loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
    failed: [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family),
  };
}

describe('the built site', () => {
  it('draws formulas and icons with the bundled fonts, fetching nothing outside the site, no console error', async () => {
    const { page, problems, requests } = await watchedPage(browser);
    try {
      await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
      await waitForDeck(page);
      for (let i = 0; i < 3; i++) await page.evaluate((n) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n), i);
      await page.evaluate(() => document.fonts.ready);
      const drawn = await page.evaluate(drawnWith);
      expect(drawn.variable).toBe('KaTeX_Math');
      expect(drawn.main).toBe('KaTeX_Main');
      expect(drawn.loaded).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math', 'Noto Emoji']));
      expect(drawn.failed).toEqual([]);
      expect(problems).toEqual([]);
      const site = pathToFileURL(out).href;
      expect(requests.filter((u) => !u.startsWith(site) && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

it('podium check finds nothing wrong with KaTeX\'s markup (its screen-reader MathML, struts, the math family)', async () => {
  const r = await checkDeck(fixture('math'));
  expect(r.findings.filter((f) => f.rule !== 'notes-missing')).toEqual([]);
  expect(r.summary.errors).toBe(0);
}, 60_000);

describe('the PDFs', () => {
  it('embed the KaTeX faces the formulas use and the emoji font, and no system font', async () => {
    for (const file of [result.pdf!.file, result.handout!.file]) {
      const list = await fonts(file);
      const names = list.map((f) => f.name);
      expect(names, file).toEqual(expect.arrayContaining(['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_Size2-Regular', 'NotoEmoji-Regular']));
      for (const f of list) expect(f.embedded, `${file}: ${f.name}`).toBe(true);
      // anything else would be a system fallback: a glyph missing from the bundled fonts (tofu, or a colour emoji bitmap)
      for (const n of names) expect(n, file).toMatch(/^(KaTeX_|NotoEmoji|Inter|JetBrainsMono|SourceSerif4)/);
    }
  });

  it('keep formulas and prices as text, and draw every page', async () => {
    const pdf = await readPdf(result.pdf!.file);
    expect(pdf.pages).toBe(3);
    expect(pdf.text[0]).toContain('θ');
    expect(pdf.text[0]).toContain('Prices stay text — $5 and $10');
    expect(pdf.text[1]).toContain('cross-entropy');
    for (let n = 1; n <= pdf.pages; n++) expect(colourCount(renderPage(result.pdf!.file, n))).toBeGreaterThan(4);
  });
});

describe('the dev server', () => {
  const project = tempProject(fixture('math'), 'live-math');
  let server: ViteDevServer;
  afterAll(async () => { await server?.close(); project.cleanup(); });

  it('shows math with the same fonts, and a formula typed live appears in place', async () => {
    server = await startDevServer({ deck: 'live-math', root: project.root, quiet: true });
    const { page, problems } = await watchedPage(browser);
    try {
      await page.goto(server.resolvedUrls!.local[0]!);
      await waitForDeck(page);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(drawnWith)).toMatchObject({ variable: 'KaTeX_Math', main: 'KaTeX_Main', failed: [] });
      const file = path.join(project.deckDir, 'deck.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: The gradient step', () => "title: 'The step: $\\mathfrak{g}$'"));
      await page.waitForFunction(() => document.querySelector('#step h2 .katex .mathfrak') !== null, { timeout: 15_000 });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'KaTeX_Fraktur' && f.status === 'loaded'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
