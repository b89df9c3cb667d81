// Visual slides in real Chromium (tests/fixtures/decks/visual): the geometry of asides and fitted images,
// the scrim's contrast measured on screenshot pixels, per-slide chrome and style, both aspects, and the PDF.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/export/export.ts';
import { build } from '../../src/pipeline.ts';
import { parseColor } from '../../src/theme/color.ts';
import { contrastRatio } from '../../src/theme/contrast.ts';
import { launchBrowser, slidesOverflowing, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { deckYaml, fixture, tempDir } from '../support/decks.ts';
import { readPdf, renderPage, pixel } from '../support/pdf.ts';

const DECK = fixture('visual');
const slides = deckYaml(DECK).slides;
const number = (id: string) => slides.findIndex((s) => s.id === id) + 1;
let browser: Browser;
const out = tempDir();
beforeAll(async () => { browser = await launchBrowser(); await build(DECK, { out: path.join(out, '16x9') }); }, 120_000);
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

declare const Reveal: { slide(h: number): void; configure(c: object): void; getCurrentSlide(): HTMLElement };
type Box = { x: number; y: number; width: number; height: number };

async function open(site: string, viewport = { width: 1920, height: 1080 }): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await watchedPage(browser, viewport);
  await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
  await waitForDeck(page);
  await page.evaluate(() => Reveal.configure({ transition: 'none', backgroundTransition: 'none', controls: false, progress: false }));
  return { page, problems };
}
async function show(page: Page, n: number): Promise<void> {
  await page.evaluate((i) => Reveal.slide(i - 1), n);
  await page.evaluate(() => Promise.all([...Reveal.getCurrentSlide().querySelectorAll('img')].map((i) => i.decode().catch(() => undefined))));
}
const rect = (page: Page, sel: string) => page.$eval(sel, (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });

describe('visual fixture, 16:9 over file://', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => { ({ page, problems } = await open(path.join(out, '16x9'))); }, 60_000);
  afterAll(async () => { await page?.close(); });

  it('shows every slide without an error or an element outside it', async () => {
    expect(await slidesOverflowing(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([['aside-left', 'left', 0.4], ['aside-right', 'right', 0.3]] as const)('%s: the image covers its side edge to edge, the content beside it', async (id, side, share) => {
    await show(page, number(id));
    const slide = await rect(page, `#${id}`);
    const img = await rect(page, `#${id} .aside-image`);
    const frame = await rect(page, `#${id} .slide-frame`);
    expect(img.y).toBeCloseTo(slide.y, 0);
    expect(img.height).toBeCloseTo(slide.height, 0);
    expect(img.width).toBeCloseTo(slide.width * share, 0);
    if (side === 'left') { expect(img.x).toBeCloseTo(slide.x, 0); expect(frame.x).toBeGreaterThanOrEqual(img.x + img.width - 1); }
    else { expect(img.x + img.width).toBeCloseTo(slide.x + slide.width, 0); expect(frame.x + frame.width).toBeLessThanOrEqual(img.x + 1); }
    const fit = await page.$eval(`#${id} .aside-image`, (el) => [getComputedStyle(el).objectFit, (el as HTMLImageElement).naturalWidth > 0]);
    expect(fit).toEqual(['cover', true]);
  });

  it('image fit contain shows the whole image, as large as its box allows', async () => {
    await show(page, number('contain'));
    const img = await rect(page, '#contain .slide-image');
    const box = await rect(page, '#contain .image-box');
    const natural = await page.$eval('#contain .slide-image', (el) => (el as HTMLImageElement).naturalWidth / (el as HTMLImageElement).naturalHeight);
    expect(img.width / img.height).toBeCloseTo(natural, 2);
    expect(img.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(img.y).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(img.x + img.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(img.y + img.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    expect(Math.max(img.width / box.width, img.height / box.height)).toBeGreaterThan(0.99); // touches two sides
  });

  it('a small image scales up to its box; `width: 60%` sizes the box', async () => {
    await show(page, number('tiny'));
    const img = await rect(page, '#tiny .slide-image');
    const body = await rect(page, '#tiny .image-figure');
    const box = await rect(page, '#tiny .image-box');
    expect(box.width).toBeCloseTo(body.width * 0.6, 0);
    expect(img.width).toBeGreaterThan(48 * 10);
    expect(Math.max(img.width / box.width, img.height / box.height)).toBeGreaterThan(0.99);
  });

  it('image fit cover fills its box (height: 70%)', async () => {
    await show(page, number('cover'));
    const img = await rect(page, '#cover .slide-image');
    const box = await rect(page, '#cover .image-box');
    const body = await rect(page, '#cover .image-figure');
    expect(img).toEqual(box);
    expect(box.height).toBeCloseTo(body.height * 0.7, 0);
    expect(await page.$eval('#cover .slide-image', (el) => getComputedStyle(el).objectFit)).toBe('cover');
  });

  it.each(['cover-photo', 'busy', 'forced-light', 'contain-bg', 'dimmed'])('%s: every text colour reaches 4.5:1 on the pixels under it', async (id) => {
    await show(page, number(id));
    const weakest = await textContrast(page, id);
    expect(weakest).toBeGreaterThanOrEqual(4.5);
  });

  it('the scrim is what makes the busy picture readable', async () => {
    await show(page, number('busy'));
    const scrim = await page.$eval('#busy .slide-scrim', (el) => getComputedStyle(el).backgroundImage);
    expect(scrim).toMatch(/rgba\(255, 255, 255, 0\.\d+\)/); // dark text: a white scrim
    await page.$eval('#busy .slide-scrim', (el) => { (el as HTMLElement).style.display = 'none'; });
    const without = await textContrast(page, 'busy');
    await page.$eval('#busy .slide-scrim', (el) => { (el as HTMLElement).style.display = ''; });
    expect(without).toBeLessThan(4.5);
  });

  it('reveal.js draws the backgrounds from its own attributes', async () => {
    const attrs = await page.$eval('#texture', (el) => Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-background')).map((a) => [a.name, a.value])));
    expect(attrs).toMatchObject({ 'data-background-image': 'img/texture.png', 'data-background-size': 'auto', 'data-background-repeat': 'repeat', 'data-background-opacity': '0.2' });
    await show(page, number('texture'));
    const drawn = await page.$eval('.backgrounds .slide-background.present .slide-background-content', (el) => {
      const s = getComputedStyle(el);
      return { image: s.backgroundImage, size: s.backgroundSize, repeat: s.backgroundRepeat, opacity: s.opacity };
    });
    expect(drawn).toMatchObject({ size: 'auto', repeat: 'repeat', opacity: '0.2' });
    expect(drawn.image).toContain('img/texture.png');
  });

  it('footer: false and number: false take the footer and the slide number away from that slide only', async () => {
    await show(page, number('statement-word'));
    expect(await page.$$eval('#statement-word .slide-footer', (els) => els.length)).toBe(0);
    expect(await page.$eval('.reveal .slide-number', (el) => getComputedStyle(el).display)).toBe('none');
    await show(page, number('statement'));
    expect(await page.$$eval('#statement .slide-footer', (els) => els.length)).toBe(1);
    expect(await page.$eval('.reveal .slide-number', (el) => getComputedStyle(el).display)).not.toBe('none');
  });

  it('a slide\'s style applies to that slide only', async () => {
    const colour = (id: string) => page.$eval(`#${id} .slide-title`, (el) => getComputedStyle(el).color);
    expect(await colour('styled')).toBe('rgb(127, 209, 255)');
    expect(await colour('aside-left')).not.toBe('rgb(127, 209, 255)');
  });

  it('the gallery lays its images out in rows inside the body, none overlapping, whole', async () => {
    for (const id of ['gallery', 'gallery-five']) {
      await show(page, number(id));
      const body = await rect(page, `#${id} .gallery`);
      const imgs = await page.$$eval(`#${id} .gallery-image`, (els) => els.map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, ok: (el as HTMLImageElement).naturalWidth > 0 }; }));
      expect(imgs.length).toBe(id === 'gallery' ? 4 : 5);
      for (const [i, a] of imgs.entries()) {
        expect(a.ok).toBe(true);
        expect(a.width * a.height).toBeGreaterThan(body.width * body.height * 0.04);
        expect(a.x >= body.x - 0.5 && a.y >= body.y - 0.5 && a.x + a.width <= body.x + body.width + 0.5 && a.y + a.height <= body.y + body.height + 0.5).toBe(true);
        for (const b of imgs.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
    }
  });

  it('two Markdown images in one paragraph sit side by side at their sizes', async () => {
    await show(page, number('side-by-side'));
    const [a, b] = await page.$$eval('#side-by-side .prose img', (els) => els.map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
    expect(a!.height).toBeCloseTo(420, 0);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(Math.abs((a!.y + a!.height / 2) - (b!.y + b!.height / 2))).toBeLessThan(2);
  });
});

it('in 4:3 every slide fits and the aside still covers its side', async () => {
  const dir = path.join(out, 'deck43');
  cpSync(DECK, dir, { recursive: true });
  writeFileSync(path.join(dir, 'deck.yaml'), readFileSync(path.join(DECK, 'deck.yaml'), 'utf8').replace('theme: pytorch', 'theme: pytorch\naspect: "4:3"'));
  await build(dir, { out: path.join(out, '4x3') });
  const { page, problems } = await open(path.join(out, '4x3'), { width: 1440, height: 1080 });
  try {
    expect(await slidesOverflowing(page)).toEqual([]);
    await show(page, number('aside-left'));
    const slide = await rect(page, '#aside-left');
    const img = await rect(page, '#aside-left .aside-image');
    expect(img.width).toBeCloseTo(slide.width * 0.4, 0);
    expect(img.height).toBeCloseTo(slide.height, 0);
    expect(await textContrast(page, 'busy', number('busy'))).toBeGreaterThanOrEqual(4.5);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
}, 120_000);

it('prints the backgrounds into the PDF under vector text', async () => {
  const r = await runExport({ deck: DECK, out: path.join(out, 'pdf'), pdf: true, handout: true, flags: {} });
  const pdf = await readPdf(r.pdf!.file);
  expect(pdf.pages).toBe(slides.length);
  expect(pdf.text[0]).toContain('Photo backgrounds'); // text, not a picture of text
  const first = renderPage(r.pdf!.file, 1);
  const sky = pixel(first, Math.round(first.width * 0.5), 2); // the sunny picture's sky, not the theme's dark background
  expect(Math.min(...sky)).toBeGreaterThan(150);
  const word = renderPage(r.pdf!.file, number('statement-word'), 40);
  const corner = pixel(word, word.width - 20, word.height - 12); // where the slide number would be
  expect(Math.max(...corner)).toBeLessThan(40);
}, 180_000);

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

/** The weakest contrast of the slide's text colours against the pixels under the text (text hidden for the shot). */
async function textContrast(page: Page, id: string, _n?: number): Promise<number> {
  if (_n) await show(page, _n);
  const texts = await page.$$eval(`#${id} .slide-frame *`, (els) => els.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /\S/.test(n.textContent ?? '')))
    .map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, color: getComputedStyle(el).color }; })
    .filter((t) => t.width > 0 && t.height > 0));
  expect(texts.length).toBeGreaterThan(0);
  await page.$eval(`#${id}`, (el) => el.classList.add('hide-text-for-test'));
  await page.addStyleTag({ content: '.hide-text-for-test .slide-frame, .hide-text-for-test .slide-footer { opacity: 0 !important; }' });
  await new Promise((r) => setTimeout(r, 100));
  let weakest = 21;
  try {
    for (const t of texts) {
      const clip = { x: Math.max(0, t.x), y: Math.max(0, t.y), width: Math.max(1, Math.floor(t.width)), height: Math.max(1, Math.floor(t.height)) };
      const png = await page.screenshot({ clip, type: 'png', captureBeyondViewport: false });
      const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const fg = parseColor(t.color)!;
      const ratios: number[] = [];
      for (let i = 0; i < info.width * info.height; i++) ratios.push(contrastRatio(fg, { r: data[i * 3]!, g: data[i * 3 + 1]!, b: data[i * 3 + 2]!, a: 1 }));
      ratios.sort((a, b) => a - b);
      weakest = Math.min(weakest, ratios[Math.floor(ratios.length * 0.01)]!); // as tone.ts: a stray 1% (JPEG noise) aside
    }
  } finally {
    await page.$eval(`#${id}`, (el) => el.classList.remove('hide-text-for-test'));
  }
  return weakest;
}
