// `podium png`: one image per slide (or per fragment step), shot from the same print view the PDF is printed
// from — same browser helper, same readiness (ready.ts) — into dist/<deck>/png/01.png …, swapped in atomically.
// With `og`, also the social-card image og.png (1200 px wide) from the first slide.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { stageFolder, writeInto } from '../build/write-folder.ts';
import { writeFileAtomic } from '../build/write.ts';
import type { SiteFacts } from '../build/site-facts.ts';
import { DeckError } from '../errors.ts';
import { SLIDE_SIZE } from '../render/slide-size.ts';
import { inFront, withPage } from '../browser/browser.ts';
import { selectedSlides } from './pdf.ts';
import { printUrl } from './print-page.ts';
import type { Progress } from './progress.ts';
import { Deadline, waitForAssets, waitInPage, withinDeadline } from './ready.ts';

export interface PngOptions { fragments: boolean; scale: 1 | 2; range?: string; timeout: number }
export interface PngResult { dir: string; files: string[]; width: number; height: number }
export const OG_FILE = 'og.png';
export const OG_WIDTH = 1200;

interface Shot { slide: number; step: number; top: number }

/** Runs in the page: every print page at exactly the slide's height, and where each one starts. */
function layoutPages(height: number): Shot[] {
  const shots: Shot[] = [];
  let last = 0; let step = 0;
  for (const page of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
    page.style.height = `${height}px`;
    const n = Number(page.querySelector('section[data-podium-slide]')?.getAttribute('data-podium-slide') ?? 0);
    step = n === last ? step + 1 : 0;
    last = n;
    shots.push({ slide: n, step, top: 0 });
  }
  document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page').forEach((p, i) => { shots[i]!.top = p.getBoundingClientRect().top + window.scrollY; });
  return shots;
}

/** 01.png …, or 05a.png, 05b.png … when a slide spans several fragment steps. */
export function pngNames(shots: Pick<Shot, 'slide' | 'step'>[], total: number): string[] {
  const steps = new Map<number, number>();
  for (const s of shots) steps.set(s.slide, Math.max(steps.get(s.slide) ?? 0, s.step + 1));
  const width = Math.max(2, String(total).length);
  return shots.map((s) => `${String(s.slide).padStart(width, '0')}${(steps.get(s.slide) ?? 1) > 1 ? String.fromCharCode(97 + (s.step % 26)) : ''}.png`);
}

async function openPrintView(page: Page, outDir: string, o: { fragments: boolean; range?: string; timeout: number }, scale: number, size: { width: number; height: number }): Promise<{ shots: Shot[]; deadline: Deadline }> {
  const deadline = new Deadline(o.timeout);
  await page.setViewport({ ...size, deviceScaleFactor: scale });
  const url = printUrl(pathToFileURL(path.join(outDir, 'index.html')).href, { fragments: o.fragments, range: o.range, timeout: o.timeout });
  await withinDeadline(page, deadline, (timeout) => page.goto(url, { waitUntil: 'domcontentloaded', timeout }), 'the deck page never finished loading');
  await waitInPage(page, 'document.documentElement.dataset.podiumPdfReady === "true"', deadline, 'reveal.js never finished laying out the print view');
  await waitForAssets(page, deadline);
  return { shots: await page.evaluate(layoutPages, size.height), deadline };
}

const shoot = (page: Page, top: number, size: { width: number; height: number }) =>
  page.screenshot({ type: 'png', clip: { x: 0, y: top, ...size }, captureBeyondViewport: true });

export async function exportPng(browser: Browser, deck: Pick<SiteFacts, 'aspect' | 'slideCount'>, outDir: string, o: PngOptions, progress: Progress, dir = path.join(outDir, 'png')): Promise<PngResult> {
  const size = SLIDE_SIZE[deck.aspect];
  const wanted = selectedSlides(deck.slideCount, o.range);
  const stage = stageFolder(dir, (e) => e.endsWith('.png'));
  try {
    const files = await withPage(browser, (page) => inFront(page, async () => { // screenshots are taken in front
      const { shots, deadline } = await openPrintView(page, outDir, o, o.scale, size);
      const got = new Set(shots.map((s) => s.slide));
      if (got.size !== wanted.length || wanted.some((n) => !got.has(n))) {
        throw new DeckError({ message: `png: asked for ${wanted.length} slides, the print view laid out ${got.size}; nothing was written` });
      }
      const names = pngNames(shots, deck.slideCount);
      for (const [i, s] of shots.entries()) {
        const png = await withinDeadline(page, deadline, () => shoot(page, s.top, size), `Chromium never finished shooting slide ${s.slide}`);
        writeInto(stage.dir, names[i]!, png);
      }
      return names;
    }));
    stage.commit();
    progress.step(`shot ${files.length} PNGs`);
    return { dir, files, width: size.width * o.scale, height: size.height * o.scale };
  } finally {
    stage.discard();
  }
}

/** og.png: the first slide, 1200 px wide, for link previews (og:image). */
export async function exportOgImage(browser: Browser, deck: Pick<SiteFacts, 'aspect'>, outDir: string, timeout: number): Promise<string> {
  const size = SLIDE_SIZE[deck.aspect];
  const file = path.join(outDir, OG_FILE);
  const png = await withPage(browser, (page) => inFront(page, async () => {
    const { shots, deadline } = await openPrintView(page, outDir, { fragments: false, range: '1', timeout }, OG_WIDTH / size.width, size);
    return withinDeadline(page, deadline, () => shoot(page, shots[0]!.top, size), 'Chromium never finished shooting slide 1');
  }));
  writeFileAtomic(file, png);
  return file;
}
