// Hostile content is inert in a real browser: the built deck, reveal's speaker view and the PDF export
// (slides with notes pages, and the handout). Every payload in tests/fixtures/decks/xss sets
// window.__pwned and/or calls alert(); a trap installed before any page script reports the first, the
// page's `dialog` event the second. A deck with `allowHtml: true` is the positive control: its script runs.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHandout } from '../../src/export/handout.ts';
import { exportPdf } from '../../src/export/pdf.ts';
import { createProgress } from '../../src/export/progress.ts';
import { MermaidSession } from '../../src/media/mermaid.ts';
import { build, siteFacts, type BuildResult } from '../../src/pipeline.ts';
import { launchBrowser, waitForDeck } from '../support/browser.ts';
import { fixture, tempDir } from '../support/decks.ts';

type R = { getTotalSlides(): number; slide(h: number, v?: number, f?: number): void; next(): void; isLastSlide(): boolean; availableFragments(): { next: boolean } };
declare const Reveal: R;

const work = tempDir('podium-hostile-');
let browser: Browser;
let xss: BuildResult;
afterAll(async () => { await browser?.close(); rmSync(work, { recursive: true, force: true }); });

interface Armed { page: Page; ran: string[] }

/** Records every script effect: a write to window.__pwned in any frame (trap set before page scripts) and any dialog. */
async function arm(page: Page): Promise<Armed> {
  const ran: string[] = [];
  page.on('console', (m) => { if (m.text().startsWith('PWNED:')) ran.push(m.text()); });
  page.on('dialog', (d) => { ran.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.evaluateOnNewDocument(() => {
    let value: unknown;
    Object.defineProperty(window, '__pwned', { configurable: false, get: () => value, set: (v) => { value = v; console.error(`PWNED: ${String(v)}`); } });
  });
  return { page, ran };
}

/** window.__pwned in every frame of the page (frames the trap may have missed, such as about:blank popups). */
const flags = async (page: Page) => (await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined)))).filter((v) => v !== undefined);

/** Markup that could run script, anywhere in the slides: an on* attribute, a script, a javascript:/data: URL, active embeds. */
function liveMarkup(): string[] {
  const found: string[] = [];
  const own = new Set([...document.querySelectorAll('script')].filter((s) => !s.closest('.slides')));
  for (const el of document.querySelectorAll('*')) {
    if (el.tagName === 'SCRIPT' && !own.has(el as HTMLScriptElement)) found.push(`script: ${el.textContent?.slice(0, 60)}`);
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'META'].includes(el.tagName) && el.closest('.slides')) found.push(el.tagName);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}="${a.value.slice(0, 40)}"`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(a.name) && /^\s*(javascript|vbscript|data:text)/i.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
    }
  }
  return found;
}

/** The real exportPdf / exportHandout, with every page they open armed before it loads anything. */
function armedBrowser(ran: string[], pages: Page[]): Browser {
  return new Proxy(browser, {
    get(target, prop, receiver) {
      if (prop !== 'newPage') return Reflect.get(target, prop, receiver);
      return async () => {
        const armed = await arm(await target.newPage());
        armed.page.on('console', () => ran.push(...armed.ran.splice(0)));
        armed.page.on('dialog', () => ran.push(...armed.ran.splice(0)));
        const close = armed.page.close.bind(armed.page);
        // Before the export closes its page: collect window.__pwned from every frame.
        armed.page.close = async (...args: Parameters<Page['close']>) => { ran.push(...armed.ran.splice(0), ...(await flags(armed.page)).map(String)); return close(...args); };
        pages.push(armed.page);
        return armed.page;
      };
    },
  });
}

beforeAll(async () => {
  xss = await build(fixture('xss'), { out: path.join(work, 'xss') });
  browser = await launchBrowser();
}, 60_000);

describe('the built deck', () => {
  it('runs no content script on any slide or fragment step, has no live markup, and shows the payloads as text', async () => {
    const { page, ran } = await arm(await browser.newPage());
    try {
      await page.goto(pathToFileURL(path.join(xss.outDir, 'index.html')).href);
      await waitForDeck(page);
      const total = await page.evaluate(() => Reveal.getTotalSlides());
      expect(total).toBe(12);
      for (let i = 0; i < total; i++) {
        await page.evaluate((h) => { Reveal.slide(h, 0, -1); while (Reveal.availableFragments().next) Reveal.next(); }, i);
      }
      // hover and click everything a payload might have hung a handler on
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('.slides *')) {
          for (const type of ['mouseover', 'click', 'focus', 'toggle', 'animationstart', 'error', 'load']) el.dispatchEvent(new Event(type, { bubbles: false }));
        }
      });
      await new Promise((r) => setTimeout(r, 300)); // let any late onerror/onload fire
      expect(ran).toEqual([]);
      expect(await flags(page)).toEqual([]);
      expect(await page.evaluate(liveMarkup)).toEqual([]);
      expect(await page.title()).toContain("<script>window.__pwned='title'");
      expect(await page.$eval('#t aside.notes', (el) => el.textContent)).toContain('</textarea><script>');
      expect(await page.$eval('#md', (el) => el.textContent)).toContain('<script>window.__pwned = '); // the body file, as text
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the speaker view', () => {
  it('opens on S and shows every slide\'s notes as text; nothing runs in it or its slide previews', async () => {
    const { page, ran } = await arm(await browser.newPage());
    try {
      await page.goto(pathToFileURL(path.join(xss.outDir, 'index.html')).href);
      await waitForDeck(page);
      const popupTarget = browser.waitForTarget((t) => t.opener() === page.target(), { timeout: 10_000 });
      await page.keyboard.press('s');
      const popup = (await (await popupTarget).page())!;
      popup.on('dialog', (d) => { ran.push(`popup dialog: ${d.message()}`); void d.dismiss(); });
      popup.on('console', (m) => { if (m.text().startsWith('PWNED:')) ran.push(m.text()); });
      await popup.waitForFunction(() => document.querySelector('.speaker-controls-notes') !== null, { timeout: 10_000 });
      const seen: string[] = [];
      for (const [h, id] of [[0, 't'], [1, 's'], [2, 'b'], [3, 'tl'], [9, 'md'], [11, 'end']] as const) {
        await page.evaluate((n) => Reveal.slide(n), h);
        const expected = await page.$eval(`#${id} aside.notes`, (el) => (el.textContent ?? '').trim().slice(0, 20));
        await popup.waitForFunction((t) => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(t), { timeout: 10_000 }, expected);
        seen.push(id);
      }
      expect(seen).toHaveLength(6);
      await new Promise((r) => setTimeout(r, 300));
      expect(ran).toEqual([]);
      expect(await flags(popup)).toEqual([]);
      expect(await flags(page)).toEqual([]);
      expect(popup.frames().length).toBeGreaterThan(1); // the current/upcoming slide previews were checked too
      await popup.close();
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the PDF export', () => {
  it('prints slides with their notes pages and the handout with nothing run, and writes both PDFs', async () => {
    const ran: string[] = [];
    const pages: Page[] = [];
    const b = armedBrowser(ran, pages);
    const progress = createProgress(false);
    const pdf = await exportPdf(b, siteFacts(xss.prepared.deck), xss.outDir, { notes: true, fragments: true, timeout: 30_000 }, progress);
    const handout = await exportHandout(b, xss.prepared, xss.slides, xss.outDir, { perPage: 3, paper: 'a4', lines: false, timeout: 30_000 }, progress);
    expect(pages).toHaveLength(2);
    expect(ran).toEqual([]);
    expect(pdf.pages).toBeGreaterThan(12);
    expect(handout.pages).toBe(4);
  }, 90_000);
});

describe('allowHtml: true (the positive control)', () => {
  it('runs the deck\'s own HTML, as the README says: the traps see it in the deck and in the PDF export', async () => {
    const dir = path.join(work, 'trusted');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'deck.yaml'), [
      'title: Trusted', 'allowHtml: true', 'slides:', '  - layout: markdown',
      '    body: "<img src=x onerror=\\"window.__pwned=\'trusted\'\\">"', '',
    ].join('\n'));
    const trusted = await build(dir, { out: path.join(work, 'trusted-out') });
    const { page, ran } = await arm(await browser.newPage());
    try {
      await page.goto(pathToFileURL(path.join(trusted.outDir, 'index.html')).href);
      await waitForDeck(page);
      await page.waitForFunction(() => (window as unknown as { __pwned?: string }).__pwned === 'trusted', { timeout: 5000 });
      expect(ran).toContain('PWNED: trusted');
    } finally {
      await page.close();
    }
    const exported: string[] = [];
    await exportPdf(armedBrowser(exported, []), siteFacts(trusted.prepared.deck), trusted.outDir, { timeout: 30_000 }, createProgress(false));
    expect(exported).toContain('PWNED: trusted');
  }, 30_000);
});

describe('diagrams and charts (tests/fixtures/decks/hostile-media)', () => {
  it('nothing runs in the page mermaid draws in, in the built deck, or in its PDF; labels stay text', async () => {
    const dir = path.join(work, 'hostile-media');
    cpSync(fixture('hostile-media'), dir, { recursive: true });
    // A fresh comment in every diagram, so each is drawn now (in the armed page) rather than read from the cache.
    const file = path.join(dir, 'deck.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)(flowchart \w+|sequenceDiagram)$/gm, `$1$2\n$1%% run ${Date.now()}`));
    const drawing: string[] = [];
    const drawPages: Page[] = [];
    const session = new MermaidSession(async () => armedBrowser(drawing, drawPages));
    const built = await build(dir, { out: path.join(work, 'hostile-media-out'), mermaid: session });
    await session.close();
    expect(drawPages).toHaveLength(1);
    expect(drawing).toEqual([]);

    const { page, ran } = await arm(await browser.newPage());
    try {
      await page.goto(pathToFileURL(path.join(built.outDir, 'index.html')).href);
      await waitForDeck(page);
      expect(await page.$$eval('svg[data-podium-media]', (els) => els.length)).toBe(4);
      for (let i = 0; i < 4; i++) await page.evaluate((h) => Reveal.slide(h), i);
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('.slides svg, .slides svg *')) {
          for (const type of ['mouseover', 'click', 'focus', 'load', 'error']) el.dispatchEvent(new Event(type, { bubbles: true }));
        }
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(ran).toEqual([]);
      expect(await flags(page)).toEqual([]);
      expect(await page.evaluate(liveMarkup)).toEqual([]);
      expect(await page.$$eval('.slides svg foreignObject', (els) => els.length)).toBe(0); // the directive did not turn HTML labels on
      const text = await page.$eval('.layout-markdown svg', (el) => el.textContent ?? '');
      expect(text).toContain("<script>window.__pwned='note'</script>"); // shown, as text
    } finally {
      await page.close();
    }
    const exported: string[] = [];
    await exportPdf(armedBrowser(exported, []), siteFacts(built.prepared.deck), built.outDir, { timeout: 30_000 }, createProgress(false));
    expect(exported).toEqual([]);
  }, 120_000);
});
