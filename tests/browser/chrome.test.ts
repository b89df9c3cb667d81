// Slide chrome stays out of the way: in every built-in theme, at 16:9 and 4:3, at common window sizes and in
// print, the slide number, footer, logo, reveal's arrows and progress bar overlap neither each other nor the
// slide's content area. Measured here on the boxes Chromium lays out (independently of `podium check`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { themeNames } from '../../src/theme/themes.ts';
import { launchBrowser, type Browser, type Page } from '../support/browser.ts';
import { fixture, tempDir, tempProject } from '../support/decks.ts';

const WINDOWS = [[1024, 768], [1280, 720], [1280, 800], [1366, 768], [1440, 900], [1920, 1080]] as const;
type Box = { name: string; left: number; top: number; right: number; bottom: number };

let browser: Browser;
const out = tempDir();
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); rmSync(out, { recursive: true, force: true }); });

/** Pairs of boxes that overlap by more than half a pixel, as "a × b". */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) found.push(`${a.name} × ${b.name}`);
    }
  }
  return found;
}

/** Runs in the page: the chrome and the content area of `root` (a slide, or a printed page). */
function measure(rootSelector: string, print: boolean): Box[] {
  const box = (name: string, el: Element | null): Box[] => {
    if (!el) return [];
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0 || !r.width || !r.height ? [] : [{ name, left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
  };
  const root = document.querySelector(rootSelector)!;
  const frame = root.querySelector('.slide-frame')!;
  const scale = print ? 1 : (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale();
  const f = frame.getBoundingClientRect();
  const cs = getComputedStyle(frame);
  const area: Box = { name: 'content area', left: f.left + parseFloat(cs.paddingLeft) * scale, right: f.right - parseFloat(cs.paddingRight) * scale, top: f.top + parseFloat(cs.paddingTop) * scale, bottom: f.bottom - parseFloat(cs.paddingBottom) * scale };
  return [
    area, ...box('footer', root.querySelector('.slide-footer')), ...box('logo', root.querySelector('.slide-logo')),
    ...box('slide number', print ? root.querySelector('.slide-number-pdf') : document.querySelector('.reveal > .slide-number')),
    ...(print ? [] : [...box('progress bar', document.querySelector('.reveal > .progress')),
      ...[...document.querySelectorAll('.reveal > .controls button.enabled')].flatMap((b) => box(`arrow ${b.className.split(' ')[0]}`, b))]),
  ];
}

describe.each(themeNames().flatMap((theme) => ['16:9', '4:3'].map((aspect) => [theme, aspect] as const)))('the %s theme at %s', (theme, aspect) => {
  let index: string;
  beforeAll(async () => {
    const project = tempProject(fixture('chrome'), `chrome-${theme}-${aspect.replace(':', 'x')}`);
    const yaml = path.join(project.deckDir, 'deck.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^theme: pytorch$/m, `theme: ${theme}`).replace(/^aspect: "16:9"$/m, `aspect: "${aspect}"`));
    const dir = path.join(out, path.basename(project.deckDir));
    await build(project.deckDir, { out: dir, warn: () => {} });
    project.cleanup();
    index = pathToFileURL(path.join(dir, 'index.html')).href;
  }, 60_000);

  it('keeps number, footer, arrows and progress bar apart and off the content area at every window size', async () => {
    const page: Page = await browser.newPage();
    try {
      await page.goto(`${index}#/1`);
      await page.waitForFunction(() => document.documentElement.dataset.podiumReady === 'true');
      await page.evaluate(() => document.fonts.ready);
      // Geometry, not animation: reveal fades and slides the arrows in (opacity and transform over 0.2 s) and
      // bounces the first slide's; measured mid-transition they were missing or misplaced now and then.
      await page.addStyleTag({ content: '.reveal .controls, .reveal .controls * { animation: none !important; transition: none !important; }' });
      for (const [width, height] of WINDOWS) {
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
        await page.evaluate(() => (window as unknown as { Reveal: { layout(): void } }).Reveal.layout());
        const boxes = await page.evaluate(measure, '.reveal .slides section.present', false);
        expect(boxes.map((b) => b.name), `${width}×${height}`).toEqual(expect.arrayContaining(['footer', 'slide number', 'progress bar', 'arrow navigate-left', 'arrow navigate-right']));
        expect(overlaps(boxes), `${width}×${height}`).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('keeps number and footer apart and off the content area on printed pages', async () => {
    const page: Page = await browser.newPage();
    try {
      await page.goto(`${index}?print-pdf`);
      await page.waitForFunction(() => document.documentElement.dataset.podiumPdfReady === 'true');
      // printed, every slide is content: none is left hidden from assistive technology (the tagged PDF skips those)
      expect(await page.evaluate(() => document.querySelectorAll('.reveal .slides section[aria-hidden]').length)).toBe(0);
      const boxes = await page.evaluate(measure, '.reveal .slides > .pdf-page:nth-child(2)', true);
      expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(['footer', 'slide number']));
      expect(overlaps(boxes)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
