// Drives the in-page audits over a loaded deck: each slide at the deck's real size (layout, text, what
// overlaps what, contrast on a background-only screenshot), characters without a glyph, then the slide
// chrome again at common window sizes, where reveal's arrows and slide number do not scale with the slide.
import type { Page } from 'puppeteer';
import { auditSlide, finishAudit, prepareAudit, type PageFinding } from './audit-page.ts';
import { findCollisions } from './collisions-page.ts';
import { contrastFindings, prepareShots, shootBackground } from './contrast.ts';
import { findMissingGlyphs } from './glyphs-page.ts';
import { installPageTools } from './page-tools.ts';

export interface PageAudit { findings: PageFinding[]; links: { slide: number; href: string }[] }

/** Window sizes a deck is commonly shown at, from a small laptop to full HD. */
export const WINDOW_SIZES = [
  { width: 1024, height: 768 }, { width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 },
] as const;

export async function auditPage(page: Page, real: { width: number; height: number }, minFontPx: number): Promise<PageAudit> {
  await page.evaluate(installPageTools);
  const count = await page.evaluate(prepareAudit);
  await prepareShots(page);
  const found: PageFinding[] = [];
  const links: PageAudit['links'] = [];
  for (let index = 0; index < count; index++) {
    const slide = await page.evaluate(auditSlide, index, { minFontPx });
    found.push(...slide.findings, ...await page.evaluate(findCollisions, { index }));
    links.push(...slide.links);
    const pixels = slide.texts.length ? await shootBackground(page, slide.texts) : undefined;
    found.push(...contrastFindings(slide.texts, pixels));
  }
  found.push(...await page.evaluate(findMissingGlyphs));
  for (const size of WINDOW_SIZES) {
    if (size.width === real.width && size.height === real.height) continue;
    await page.setViewport(size);
    await page.evaluate(() => (window as unknown as { Reveal: { layout(): void } }).Reveal.layout());
    const label = `${size.width}×${size.height}`;
    for (let index = 0; index < count; index++) found.push(...await page.evaluate(findCollisions, { index, window: label, chromeOnly: true }));
  }
  await page.setViewport(real);
  found.push(...await page.evaluate(finishAudit));
  return { findings: dedupe(found), links };
}

/** One finding per thing: the same overlap at several window sizes is reported once (its worst), and the
 * theme's chrome overlapping itself once for the deck (its first slide). */
export function dedupe(found: readonly PageFinding[]): PageFinding[] {
  const key = (f: PageFinding) => `${f.rule === 'chrome' ? '' : f.slide} ${f.rule} ${f.message.replace(/\d+ px/g, '').replace(/ \(window [^)]*\)$/, '')}`;
  const best = new Map<string, PageFinding>();
  for (const f of found) {
    const k = key(f);
    const had = best.get(k);
    if (!had || (f.pixels ?? 0) > (had.pixels ?? 0)) best.set(k, had && had.slide < f.slide ? { ...f, slide: had.slide } : f);
  }
  return [...best.values()];
}
