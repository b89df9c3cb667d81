// Themes in real Chromium: every built-in theme on the PyTorch talk (computed styles equal the tokens, its
// fonts loaded, nothing overflows), a custom inline theme's accent, logo and footer on every slide and page
// of the PDF, the gallery, and the dev server swapping a theme in place.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/export/export.ts';
import { build } from '../../src/pipeline.ts';
import { parseColor } from '../../src/theme/color.ts';
import { buildGallery } from '../../src/commands/themes.ts';
import { resolveBuiltinTheme } from '../../src/theme/resolve.ts';
import { themeNames } from '../../src/theme/themes.ts';
import { startDevServer } from '../../src/vite/server.ts';
import { launchBrowser, slidesOverflowing, waitForDeck, watchedPage, type Browser, type Page } from '../support/browser.ts';
import { deckYaml, fixture, PYTORCH, siteDom, tempDir, tempProject } from '../support/decks.ts';
import { fonts, near, pixel, readPdf, renderPage } from '../support/pdf.ts';

type R = { getTotalSlides(): number; slide(h: number, v?: number, f?: number): void; getIndices(): { h: number; f?: number }; getCurrentSlide(): HTMLElement };
declare const Reveal: R;

let browser: Browser;
const out = tempDir();
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

/** A font-family list without quotes (Chromium drops them around one-word names). */
const family = (f: string) => f.replace(/["']/g, '');
/** "rgb(r, g, b)" as getComputedStyle writes an opaque colour. */
const rgb = (color: string) => {
  const c = parseColor(color)!;
  return c.a === 1 ? `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})` : `rgba(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)}, ${c.a})`;
};

async function open(file: string) {
  const w = await watchedPage(browser);
  await w.page.goto(pathToFileURL(file).href);
  await waitForDeck(w.page);
  return w;
}

describe.each(themeNames())('the PyTorch talk in the %s theme at 1920×1080', (name) => {
  const theme = resolveBuiltinTheme(name);
  const t = theme.tokens;
  let page: Page;
  let problems: string[];
  let requests: string[];
  beforeAll(async () => {
    const project = tempProject(PYTORCH, `talk-${name}`);
    const yaml = path.join(project.deckDir, 'deck.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^theme: pytorch$/m, `theme: ${name}`));
    await build(project.deckDir, { out: path.join(out, name), warn: () => { throw new Error('a built-in theme warned'); } });
    project.cleanup();
    ({ page, problems, requests } = await open(path.join(out, name, 'index.html')));
  }, 60_000);
  afterAll(() => page?.close());

  it('lays out every slide without overflow, with the theme\'s own fonts, nothing remote, no error', async () => {
    expect(await slidesOverflowing(page)).toEqual([]);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')));
    for (const family of new Set(Object.values(t.fonts))) expect(loaded, family).toContain(family);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('computes the styles its tokens say', async () => {
    const slides = deckYaml(PYTORCH).slides;
    const at = (layout: string) => slides.findIndex((s) => s.layout === layout);
    const style = (slide: number, sel: string, pseudo?: string) => page.evaluate((h, s, p) => {
      Reveal.slide(h, 0, 99);
      const el = Reveal.getCurrentSlide().querySelector(s)!;
      const c = getComputedStyle(el, p);
      return { color: c.color, background: c.backgroundColor, family: c.fontFamily, size: c.fontSize, weight: c.fontWeight, border: c.borderLeftColor, radius: c.borderTopLeftRadius };
    }, slide, sel, pseudo ?? null);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(t.colors.background));
    const title = await style(at('bullets'), '.slide-title');
    expect(title).toMatchObject({ color: rgb(t.colors.text), size: `${t.type.heading * t.type.scale}px`, weight: String(t.type['heading-weight']) });
    expect(family(title.family)).toBe(family(theme.stacks.heading));
    expect((await style(at('bullets'), '.slide-head', '::before')).background).toBe(rgb(t.colors.accent));
    expect(family((await style(at('bullets'), 'ul.bullets > li')).family)).toBe(family(theme.stacks.body));
    expect((await style(at('bullets'), 'strong')).color).toBe(rgb(t.colors['accent-2']));
    expect((await style(at('bullets'), '.slide-footer')).color).toBe(rgb(t.colors.muted));
    const card = await style(at('cards'), '.card');
    expect(card).toMatchObject({ background: rgb(t.colors.surface), border: rgb(t.colors.border), radius: `${t.radius}px` });
    expect((await style(at('cards'), '.card-text')).color).toBe(rgb(t.colors.muted));
    const code = await style(at('code'), 'pre.code-block');
    expect(code.background).toBe(rgb(t.colors['code-background']));
    expect(family((await style(at('code'), 'pre.code-block code')).family)).toBe(family(theme.stacks.mono));
  });
});

describe('a custom inline theme with a logo and a footer', () => {
  const ACCENT = '#00aa77';
  const LOGO = '#ff00ff';
  const root = tempDir();
  const dir = path.join(root, 'slides', 'acme');
  let outDir: string;
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'acme.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="${LOGO}"/></svg>`);
    writeFileSync(path.join(dir, 'deck.yaml'), [
      'title: ACME onboarding',
      'theme: { extends: corporate, colors: { accent: "#00aa77" }, logo: ./acme.svg, footer: "ACME tech-lead workshop" }',
      'slides:',
      '  - { layout: title, title: Welcome, subtitle: Day one }',
      '  - { layout: section, kicker: Part 1, title: Tools }',
      '  - { layout: bullets, title: What we use, items: [Python, "**PyTorch**", Git] }',
      '  - { layout: closing, title: Thanks }',
      '',
    ].join('\n'));
    const r = await runExport({ deck: dir, out: path.join(out, 'acme'), pdf: true, handout: false, flags: {} });
    outDir = r.outDir;
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('shows the logo and the footer on every slide, the big ones included', async () => {
    const { page, problems } = await open(path.join(outDir, 'index.html'));
    try {
      const seen = await page.evaluate(() => {
        const rows: { logo: boolean; footer: string }[] = [];
        for (let i = 0; i < Reveal.getTotalSlides(); i++) {
          Reveal.slide(i);
          const s = Reveal.getCurrentSlide();
          const box = s.getBoundingClientRect();
          const img = s.querySelector<HTMLImageElement>('img.slide-logo');
          const r = img?.getBoundingClientRect();
          const footer = s.querySelector<HTMLElement>('.slide-footer');
          rows.push({
            logo: Boolean(img?.complete && img.naturalWidth > 0 && r && r.width > 40 && r.top >= box.top && r.right <= box.right + 1),
            footer: footer && getComputedStyle(footer).display !== 'none' && footer.getBoundingClientRect().height > 0 ? footer.textContent!.trim() : '',
          });
        }
        return rows;
      });
      expect(seen).toEqual(Array(4).fill({ logo: true, footer: 'ACME tech-lead workshop' }));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('prints the accent, the logo and the footer on every PDF page, in the theme\'s embedded fonts', async () => {
    const file = path.join(outDir, 'acme.pdf');
    const info = await readPdf(file);
    expect(info.pages).toBe(4);
    const used = await fonts(file);
    expect(used.length).toBeGreaterThan(1);
    for (const f of used) expect(f, f.name).toMatchObject({ embedded: true, name: expect.stringMatching(/^IBMPlexSans/) });
    for (let n = 1; n <= info.pages; n++) {
      expect(info.text[n - 1], `page ${n}`).toContain('ACME tech-lead workshop');
      const px = renderPage(file, n, 40);
      let accent = 0;
      let logo = 0;
      let pytorch = 0;
      for (let y = 0; y < px.height; y++) {
        for (let x = 0; x < px.width; x++) {
          const c = pixel(px, x, y);
          if (near(c, ACCENT, 16)) accent++;
          if (near(c, LOGO, 16)) logo++;
          if (near(c, '#f05a3a', 10)) pytorch++;
        }
      }
      expect(logo, `page ${n}: logo`).toBeGreaterThan(100);
      expect(pytorch, `page ${n}: pytorch's own accent`).toBe(0);
      expect(accent, `page ${n}: the accent rule across the top`).toBeGreaterThan(200);
    }
  });
});

describe('podium themes', () => {
  it('shows the deck\'s first slides in every theme, offline, with a PNG contact sheet', async () => {
    const r = await buildGallery(PYTORCH, { out: path.join(out, 'gallery'), png: true });
    const doc = siteDom(r.outDir);
    const rows = [...doc.querySelectorAll('.gallery-theme')];
    expect(rows.map((s) => s.getAttribute('data-theme')).sort()).toEqual(themeNames());
    for (const row of rows) {
      expect(row.querySelectorAll('.thumb-box section.podium-slide').length).toBe(3);
      expect(row.querySelector('.gallery-use')?.textContent).toBe(`theme: ${row.getAttribute('data-theme')}`);
    }
    const png = readFileSync(r.png!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1800);
    const { page, problems, requests } = await watchedPage(browser);
    try {
      await page.goto(pathToFileURL(r.file).href);
      await page.evaluate(() => document.fonts.ready);
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')));
      for (const name of themeNames()) for (const f of Object.values(resolveBuiltinTheme(name).tokens.fonts)) expect(loaded, `${name}: ${f}`).toContain(f);
      const bgs = await page.$$eval('.gallery-theme', (els) => els.map((el) => [el.getAttribute('data-theme'), getComputedStyle(el.querySelector('.reveal')!).backgroundColor]));
      for (const [name, bg] of bgs) expect(bg, name!).toBe(rgb(resolveBuiltinTheme(name!).tokens.colors.background));
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the dev server swaps a theme in place', () => {
  const project = tempProject(fixture('all-layouts'), 'live-theme');
  const themeFile = path.join(project.deckDir, 'theme', 'theme.yaml');
  const yamlFile = path.join(project.deckDir, 'deck.yaml');
  let server: ViteDevServer;
  let page: Page;
  const prop = (name: string) => page.evaluate((n) => getComputedStyle(document.querySelector('.reveal')!).getPropertyValue(n).trim(), name);

  beforeAll(async () => {
    mkdirSync(path.dirname(themeFile), { recursive: true });
    writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#00aa77"\n');
    server = await startDevServer({ deck: 'live-theme', root: project.root, quiet: true });
    ({ page } = await watchedPage(browser));
    await page.goto(server.resolvedUrls!.local[0]!);
    await waitForDeck(page);
    await page.evaluate(() => { (window as unknown as { __noReload: boolean }).__noReload = true; Reveal.slide(2, 0, 1); });
  }, 60_000);
  afterAll(async () => { await page?.close(); await server?.close(); project.cleanup(); });

  it('applies an edit of the deck\'s theme.yaml without a reload, on the same slide and fragment', async () => {
    expect(await prop('--podium-accent')).toBe('#00aa77');
    writeFileSync(path.join(path.dirname(themeFile), 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="#5b8cff"/></svg>');
    writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#5b8cff"\nfooter: "Edited live"\ntype: { heading: 70 }\nlogo: ./mark.svg\n');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.reveal')!).getPropertyValue('--podium-accent').trim() === '#5b8cff', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('#points .slide-footer')?.textContent?.trim() === 'Edited live', { timeout: 10_000 });
    expect(await page.$eval('#points .slide-title', (el) => getComputedStyle(el).fontSize)).toBe('70px');
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#points img.slide-logo')?.naturalWidth ?? 0) > 0, { timeout: 10_000 });
    expect(await page.evaluate(() => Reveal.getIndices())).toMatchObject({ h: 2, f: 1 });
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(await page.$$eval('link[href*="theme.css"]', (ls) => ls.length)).toBe(1);
  });

  it('applies an inline theme in deck.yaml, and shows a bad theme in the overlay until it is fixed', async () => {
    writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace(/^theme: pytorch$/m, 'theme: { colors: { link: "#ffcc00" } }'));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.reveal')!).getPropertyValue('--podium-link').trim() === '#ffcc00', { timeout: 10_000 });
    writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#3366fg"\n');
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') !== null, { timeout: 10_000 });
    const message = await page.$eval('vite-error-overlay', (el) => el.shadowRoot?.textContent ?? '');
    expect(message).toMatch(/theme\.yaml:3:11\s+colors\.accent: "#3366fg" is not a colour/);
    writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#ff7a45"\n');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.reveal')!).getPropertyValue('--podium-accent').trim() === '#ff7a45', { timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('vite-error-overlay') === null, { timeout: 10_000 });
    expect(await prop('--podium-link')).toBe('#ffcc00');
  });
});
