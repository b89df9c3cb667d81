// A warm browser's print view takes an edit in place (src/export/print-view.ts, `pdf --watch`): the page is
// not loaded again, only the parts holding a changed slide are printed again, and the PDF reads and looks
// like the one a fresh `podium pdf --force` prints. What cannot be patched (a layout, an image) reloads.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDeck } from '../../scripts/bench/synthetic.ts';
import { warmBrowser } from '../../src/browser/browser.ts';
import { runExports } from '../../src/export/export.ts';
import { KEPT_PART_PAGES } from '../../src/export/print-page.ts';
import { tempDir } from '../support/decks.ts';
import { readPdf, renderPage, differingShare } from '../support/pdf.ts';

const SLIDES = 120; // three parts of 50 (KEPT_PART_PAGES)
const root = tempDir();
const deckDir = writeSyntheticDeck(root, 'big', SLIDES);
const yamlFile = path.join(deckDir, 'deck.yaml');
const warm = warmBrowser({ sparePage: true });
const out = path.join(root, 'dist/big');
const pdfFile = path.join(out, 'big.pdf');
const exportWarm = () => runExports([{ deck: deckDir, out, pdf: true, handout: false, flags: { timeout: 120 } }], { browser: () => warm.get() });
/** The same deck printed by a browser of its own, the site built again: what a fresh `podium pdf --force` makes. */
const exportFresh = async () => {
  const fresh = path.join(root, 'dist/fresh');
  await runExports([{ deck: deckDir, out: fresh, pdf: true, handout: false, flags: { timeout: 120, force: true } }]);
  return path.join(fresh, 'big.pdf');
};

/** The warm browser's print view, marked: a reload loses the mark; and the number of page.pdf calls it makes. */
let view: Page;
let prints = 0;
async function markView(): Promise<void> {
  const pages = await (await warm.get()).pages();
  view = pages.find((p) => p.url().includes('?print-pdf'))!;
  expect(view).toBeDefined();
  await view.evaluate(() => { (window as unknown as { podiumMark: boolean }).podiumMark = true; });
  const pdf = view.pdf.bind(view);
  view.pdf = (...a) => { prints++; return pdf(...a); };
}
const marked = () => view.evaluate(() => (window as unknown as { podiumMark?: boolean }).podiumMark === true);

function edit(from: string | RegExp, to: string): void {
  const yaml = readFileSync(yamlFile, 'utf8');
  const next = yaml.replace(from, to);
  expect(next).not.toBe(yaml);
  writeFileSync(yamlFile, next);
}

/** The patched PDF reads as the fresh one, page for page, and its pages look the same. */
async function expectLikeFresh(pages: number[]): Promise<void> {
  const fresh = await exportFresh();
  const [a, b] = await Promise.all([readPdf(pdfFile), readPdf(fresh)]);
  expect(a.pages).toBe(b.pages);
  expect(a.text).toEqual(b.text);
  expect(a.outline).toEqual(b.outline);
  for (const n of pages) expect(differingShare(renderPage(pdfFile, n, 30), renderPage(fresh, n, 30)), `page ${n}`).toBeLessThan(0.002);
}

beforeAll(async () => {
  await exportWarm();
  await markView();
}, 180_000);
afterAll(async () => { await warm.close(); });

describe('a kept print view', () => {
  it('takes an edit to one slide in place and prints again only the part that holds it', { timeout: 180_000 }, async () => {
    expect(KEPT_PART_PAGES).toBe(50);
    edit('title: Point 73\n', 'title: Point seventy-three, edited\n');
    prints = 0;
    await exportWarm();
    expect(await marked()).toBe(true); // not reloaded
    expect(prints).toBe(1); // pages 51–100 only
    const pdf = await readPdf(pdfFile);
    expect(pdf.pages).toBe(SLIDES);
    expect(pdf.text[72]).toContain('Point seventy-three, edited');
    expect(pdf.outline.flatMap((o) => [o.title, ...o.children])).toContain('Point seventy-three, edited');
    await expectLikeFresh([1, 50, 51, 73, 101, 120]);
  });

  it('moves the slides below an added line and patches slides in two parts', { timeout: 180_000 }, async () => {
    edit('      - The first thing to know about topic 7\n', '      - The first thing to know about topic 7\n      - An added bullet on slide 7\n');
    edit('title: Point 119\n', 'title: The last point but one\n');
    prints = 0;
    await exportWarm();
    expect(await marked()).toBe(true);
    expect(prints).toBe(2); // parts 1 and 3
    const dataLines = await view.evaluate(() => [...document.querySelectorAll('section[data-podium-slide]')].map((s) => Number(s.getAttribute('data-line'))));
    const built = [...readFileSync(path.join(out, 'index.html'), 'utf8').matchAll(/data-podium-slide="\d+" data-line="(\d+)"/g)].map((m) => Number(m[1]));
    expect(dataLines).toEqual(built); // the dev overlay's and check's positions stay true
    const pdf = await readPdf(pdfFile);
    expect(pdf.text[6]).toContain('An added bullet on slide 7');
    expect(pdf.text[118]).toContain('The last point but one');
    await expectLikeFresh([7, 8, 119]);
  });

  it('is loaded again when a slide changes its layout, or an image changes', { timeout: 180_000 }, async () => {
    edit(/ {2}- layout: bullets\n {4}id: s9\n[\s\S]*?(?= {2}- layout:)/, '  - layout: statement\n    id: s9\n    text: A statement now\n');
    await exportWarm();
    expect(await marked()).toBe(false);
    expect((await readPdf(pdfFile)).text[8]).toContain('A statement now');
    await markView();

    writeFileSync(path.join(deckDir, 'figure.svg'), readFileSync(path.join(deckDir, 'figure.svg'), 'utf8').replace('#f05a3a', '#3a8af0'));
    await exportWarm();
    expect(await marked()).toBe(false);
    await expectLikeFresh([4, 12]);
  });
});
