// A kept print view (`pdf --watch`: a warm browser keeps its last page, src/browser/pages.ts) takes the next
// build of the same deck without a reload when only slides' insides changed: the new index.html is compared
// with the one the page loaded, and the changed slides are patched in (src/runtime/print-patch.ts). Loading
// the print view again costs a reload, reveal's set-up and several layouts of the whole deck (0.3 s at 40
// slides, 1 s at 400); a patch costs the changed slides. Anything else — the page around the slides, a
// slide's own attributes (layout, background, id), the slide count, a stylesheet, an image, the fonts, a
// changed slide with a script of its own (a deck with raw HTML on: innerHTML would not run it), --fragments
// or --notes (reveal copies slides into pages of their own) — loads the page again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import type { SlidePatch } from '../runtime/print-patch.ts';
import { STAMP_FILE, isExportOutput } from '../build/write.ts';
import { FACTS_FILE } from '../build/site-facts.ts';
import { keepsPages } from '../browser/browser.ts';

export interface Slide { slide: number; open: string; line: string; inner: string }
/** A built page cut at its slides: the text around them, and each slide's opening tag and inside. */
export interface SplitPage { frame: string; slides: Slide[] }

const OPEN = /<section class="podium-slide[^"]*"[^>]*?\sdata-podium-slide="(\d+)" data-line="(\d+)"[^>]*>/g;
const CLOSE = '</section>';

/** The slides of a built index.html, numbered 1…n in order; undefined when it does not read that way. */
export function splitSlides(html: string): SplitPage | undefined {
  const opens = [...html.matchAll(OPEN)];
  if (!opens.length || opens.some((m, i) => Number(m[1]) !== i + 1)) return undefined;
  const slides: Slide[] = [];
  for (const [i, m] of opens.entries()) {
    const start = m.index + m[0].length;
    const end = html.lastIndexOf(CLOSE, i + 1 < opens.length ? opens[i + 1]!.index : html.length);
    if (end < start) return undefined;
    slides.push({ slide: i + 1, open: m[0].replace(/ data-line="\d+"/, ''), line: m[2]!, inner: html.slice(start, end) });
  }
  const last = html.lastIndexOf(CLOSE) + CLOSE.length;
  return { frame: html.slice(0, opens[0]!.index) + html.slice(last), slides };
}

/** What turns the page built as `before` into `after` by slides' insides alone; undefined when nothing can. */
export function slidePatches(before: string, after: string): SlidePatch[] | undefined {
  const a = splitSlides(before), b = splitSlides(after);
  if (!a || !b || a.frame !== b.frame || a.slides.length !== b.slides.length) return undefined;
  const patches: SlidePatch[] = [];
  for (const [i, s] of b.slides.entries()) {
    const old = a.slides[i]!;
    if (old.open !== s.open) return undefined;
    if (old.inner !== s.inner && /<script\b/i.test(s.inner)) return undefined; // a deck's own script (html: true) runs on a load only
    if (old.inner !== s.inner) patches.push({ slide: s.slide, line: s.line, inner: s.inner });
    else if (old.line !== s.line) patches.push({ slide: s.slide, line: s.line });
  }
  return patches;
}

/** A hash of every file of the site but its page and what is no part of its look (stamp, facts, exports). */
export function siteAssetsHash(outDir: string): string {
  const h = createHash('sha1');
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (name === 'index.html' || name === STAMP_FILE || name === FACTS_FILE || (!rel && isExportOutput(e.name))) continue;
      if (e.isDirectory()) walk(path.join(dir, e.name), name);
      else h.update(name).update('\0').update(readFileSync(path.join(dir, e.name))).update('\0');
    }
  };
  walk(outDir, '');
  return h.digest('hex');
}

/** Parts of a print view printed earlier (print-page.ts printPdf), reused while the view is patched in place. */
export interface PrintedParts { size: number; count: number; pdfs: (Uint8Array | undefined)[] }

/** A print view a warm browser's page holds: the site it shows (at page.url()), and the parts printed from it so far. */
export interface PrintView { html: string; assets: string; parts: PrintedParts }
const views = new WeakMap<Page, PrintView>();

/** What a print view is loaded from, read just before it is loaded (the page and its files). */
function siteOnDisk(outDir: string): { html: string; assets: string } {
  return { html: readFileSync(path.join(outDir, 'index.html'), 'utf8'), assets: siteAssetsHash(outDir) };
}

/** Shows the print view `url` in `page`: the view the page holds patched, when it can be, else loaded by
 * `load`. Returns the view when the page is a warm browser's (kept for the next export), else undefined.
 * `outDir`: the built site's folder (none for a page served over HTTP: it is always loaded). */
export async function showPrintView(page: Page, url: string, outDir: string | undefined, load: () => Promise<void>): Promise<PrintView | undefined> {
  const view = views.get(page);
  views.delete(page); // kept again only once the page shows the new site
  if (view && outDir && (await patch(page, view, url, outDir))) {
    views.set(page, view);
    return view;
  }
  const site = outDir && keepsPages(page.browser()) ? siteOnDisk(outDir) : undefined;
  await load();
  if (!site) return undefined;
  const loaded = { ...site, parts: { size: 0, count: 0, pdfs: [] } };
  views.set(page, loaded);
  return loaded;
}

async function patch(page: Page, view: PrintView, url: string, outDir: string): Promise<boolean> {
  if (page.url().split('#')[0] !== url || /[?&]podium-(fragments|notes)\b/.test(url)) return false;
  const site = siteOnDisk(outDir);
  const patches = site.assets === view.assets ? slidePatches(view.html, site.html) : undefined;
  if (!patches) return false;
  type Runtime = { podiumPrint?: { patchSlides(p: SlidePatch[]): Promise<number[]> } };
  const changed = await page.evaluate((p) => (window as unknown as Runtime).podiumPrint?.patchSlides(p) ?? null, patches).catch(() => null);
  if (!changed) return false;
  if (changed.some((i) => i < 0)) view.parts.pdfs = [];
  for (const i of changed) view.parts.pdfs[Math.floor(i / view.parts.size)] = undefined; // printed again
  Object.assign(view, site);
  return true;
}
