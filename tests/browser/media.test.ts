// Diagrams and charts in the outputs people get: the static site from file:// (no console errors, nothing
// fetched, nothing overflowing), and the PDF and handout, read back with pdf.js: labels and axis values are
// text, set in the theme's embedded fonts.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport, type ExportResult } from '../../src/export/export.ts';
import { launchBrowser, slidesOverflowing, waitForDeck, watchedPage, type Browser } from '../support/browser.ts';
import { fixture, tempDir } from '../support/decks.ts';
import { fonts, readPdf, type PdfInfo } from '../support/pdf.ts';

const out = tempDir('podium-media-browser-');
let result: ExportResult;
let pdf: PdfInfo;
let handout: PdfInfo;
let browser: Browser;

beforeAll(async () => {
  result = await runExport({ deck: fixture('media'), out, pdf: true, handout: true, flags: {} });
  [pdf, handout] = await Promise.all([readPdf(result.pdf!.file), readPdf(result.handout!.file)]);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

describe('the PDF', () => {
  it('has the diagram\'s labels as text on its page', () => {
    for (const label of ['Python code', 'Eager ops', 'torch.compile', 'FX graph', 'Fused kernels']) expect(pdf.text[0]).toContain(label);
    for (const label of ['Python', 'Dispatcher', 'Kernel', 'CUDA add']) expect(pdf.text[3]).toContain(label);
  });

  it('has the charts\' axis values and titles as text', () => {
    for (const value of ['2024', '2025', '0.0', '4.0', 'Year', 'Releases']) expect(pdf.text[1]).toContain(value);
    for (const value of ['Jan', 'Feb', 'Mar', 'Apr', '0', '400', 'downloads']) expect(pdf.text[2]).toContain(value);
  });

  it('sets that text in the theme\'s embedded fonts, never a system fallback', async () => {
    const used = await fonts(result.pdf!.file);
    expect(used.length).toBeGreaterThan(0);
    for (const f of used) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name, f.name).toMatch(/^(Inter|JetBrainsMono)/);
    }
  });

  it('the handout shows the same text', () => {
    const all = handout.text.join(' ');
    for (const s of ['Fused kernels', '2025', 'Dispatcher', 'Apr']) expect(all).toContain(s);
  });
});

describe('the static site from file://', () => {
  it('shows every diagram and chart with no console error, nothing fetched from the network, nothing overflowing', async () => {
    const { page, problems, requests } = await watchedPage(browser);
    try {
      await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
      await waitForDeck(page);
      expect(await slidesOverflowing(page)).toEqual([]);
      const boxes = [];
      for (let i = 0; i < 4; i++) {
        boxes.push(await page.evaluate((h) => {
          (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h);
          const slide = document.querySelector('section.present')!;
          const el = slide.querySelector('svg[data-podium-media]')!;
          const r = el.getBoundingClientRect();
          const s = slide.getBoundingClientRect();
          return { w: Math.round(r.width), h: Math.round(r.height), inside: r.left >= s.left - 1 && r.right <= s.right + 1 && r.bottom <= s.bottom + 1 };
        }, i));
      }
      expect(boxes).toHaveLength(4);
      for (const b of boxes) {
        expect(b.inside).toBe(true);
        expect(b.w).toBeGreaterThan(300); // drawn at a readable size, not a thumbnail
        expect(b.h).toBeGreaterThan(150);
      }
      expect(problems).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
