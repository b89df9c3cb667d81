// pdf, handout and export share one path: build each site, then one browser for every PDF asked for.
import type { Browser } from 'puppeteer';
import { MermaidSession } from '../media/mermaid.ts';
import { build } from '../pipeline.ts';
import { inBrowser, launchBrowser, withBrowser } from '../browser/browser.ts';
import { writeStamp } from '../build/stamp.ts';
import { exportHandout } from './handout.ts';
import { handoutOptions, pngOptions, printOptions, type ExportFlags } from './options.ts';
import { exportOgImage, exportPng, type PngResult } from './png.ts';
import { wantsOg } from '../render/og.ts';
import type { PptxResult } from './pptx/write.ts';
import { exportPdf, selectedSlides, type PdfResult } from './pdf.ts';
import { createProgress, type Progress } from './progress.ts';
import { DeckError } from '../errors.ts';

export interface ExportRequest {
  deck?: string; out?: string; pdf: boolean; handout: boolean; png?: boolean; pptx?: boolean; flags: ExportFlags;
  /** recorded in dist/<deck>/.podium-stamp.json once every output is written (src/build/stamp.ts) */
  stamp?: { kind: string; hash: string };
  /** the site's own record, swapped in with the site (what `build --all` would record) */
  siteStamp?: { kind: string; hash: string };
}
export interface ExportSession {
  /** a warm browser to use and leave open (`--watch`); default: one launched and closed by this run */
  browser?: () => Promise<Browser>;
  /** with several decks: report a deck's DeckError here and go on with the others (default: throw) */
  onError?: (req: ExportRequest, e: unknown) => void;
}
/** Decks printed at once, each in its own page of the one browser: Chromium lays out one while Node finishes another. */
const PAGES = 2;
export interface ExportResult {
  outDir: string; slides: number; pdf?: PdfResult; handout?: PdfResult; seconds: number;
  png?: PngResult; pptx?: PptxResult; og?: string;
}

interface Built { req: ExportRequest; site: Awaited<ReturnType<typeof build>>; pptx?: PptxResult }

async function exportOne(browser: Browser, { req, site, pptx }: Built, progress: Progress): Promise<ExportResult> {
  const start = progress.elapsed();
  const { outDir, prepared, slides } = site;
  const print = req.pdf ? printOptions(req.flags) : undefined;
  const handout = req.handout ? handoutOptions(req.flags) : undefined;
  const pdf = print ? await exportPdf(browser, prepared.deck, outDir, print, progress) : undefined;
  const ho = handout ? await exportHandout(browser, prepared, slides, outDir, handout, progress) : undefined;
  const png = req.png ? await exportPng(browser, prepared.deck, outDir, pngOptions(req.flags), progress) : undefined;
  const og = wantsOg(prepared.deck, req.flags.og) ? await exportOgImage(browser, prepared.deck, outDir, pngOptions(req.flags).timeout) : undefined;
  return { outDir, slides: prepared.deck.slides.length, pdf, handout: ho, png, pptx, og, seconds: progress.elapsed() - start };
}

/** Several decks (`--all`) share one browser, two pages at a time. Chromium boots on the other core while the
 * sites build; bad options or content fail before anything is printed. */
export async function runExports(reqs: ExportRequest[], session: ExportSession = {}): Promise<ExportResult[]> {
  const progress = createProgress();
  for (const r of reqs) { if (r.pdf) printOptions(r.flags); if (r.handout) handoutOptions(r.flags); if (r.png || r.flags.og) pngOptions(r.flags); }
  await import('puppeteer'); // loaded first, so that the launch below spawns Chromium at once…
  const launching = session.browser ? session.browser() : launchBrowser();
  launching.catch(() => undefined); // reported by withBrowser below, if we get that far
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve)); // …before the CPU-bound build starts
  const built: Built[] = [];
  const mermaid = new MermaidSession(() => launching); // diagrams not in the cache are drawn in the export's browser
  const guard = async <T>(req: ExportRequest, step: () => Promise<T>): Promise<T | undefined> => {
    try { return await step(); } catch (e) { if (!session.onError || !(e instanceof DeckError)) throw e; session.onError(req, e); return undefined; }
  };
  try {
    for (const req of reqs) {
      const b = await guard(req, async () => {
        const site = await build(req.deck, { out: req.out, strict: req.flags.strict, mermaid, og: req.flags.og, stamp: req.siteStamp });
        if (req.pdf || req.png) selectedSlides(site.prepared.deck.slides.length, printOptions(req.flags).range);
        progress.step(`${site.prepared.deck.name}: built ${site.prepared.deck.slides.length} slides`);
        // the .pptx needs no browser: written while Chromium boots
        const pptx = req.pptx ? await (await import('./pptx/write.ts')).writePptx(site.prepared, site.outDir) : undefined;
        if (pptx) progress.step(`wrote ${pptx.slides} slides to .pptx`);
        return { req, site, pptx };
      });
      if (b) built.push(b);
    }
  } catch (e) {
    await mermaid.close();
    if (!session.browser) await withBrowser(async () => undefined, launching).catch(() => undefined); // close what was launched
    throw e;
  }
  await mermaid.close();
  const exportAll = async (browser: Browser) => {
    progress.step('Chromium ready');
    const results: (ExportResult | undefined)[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(PAGES, built.length) }, async () => {
      while (next < built.length) {
        const i = next++;
        const b = built[i]!;
        results[i] = await guard(b.req, () => exportOne(browser, b, progress));
        if (results[i] && b.req.stamp) writeStamp(results[i]!.outDir, b.req.stamp.kind, b.req.stamp.hash);
      }
    }));
    return results.filter((r): r is ExportResult => r !== undefined);
  };
  return session.browser ? inBrowser(await launching, exportAll) : withBrowser(exportAll, launching);
}

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  const [result] = await runExports([req]);
  return result!;
}
