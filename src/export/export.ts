// pdf, handout and export share one path: build each site, then one browser for every PDF asked for.
import type { Browser } from 'puppeteer';
import { build } from '../pipeline.ts';
import { withBrowser } from './browser.ts';
import { exportHandout } from './handout.ts';
import { handoutOptions, printOptions, type ExportFlags } from './options.ts';
import { exportPdf, selectedSlides, type PdfResult } from './pdf.ts';
import { createProgress, type Progress } from './progress.ts';

export interface ExportRequest { deck?: string; out?: string; pdf: boolean; handout: boolean; flags: ExportFlags }
export interface ExportResult { outDir: string; slides: number; pdf?: PdfResult; handout?: PdfResult; seconds: number }

async function exportOne(browser: Browser, req: ExportRequest, progress: Progress): Promise<ExportResult> {
  const start = progress.elapsed();
  const print = req.pdf ? printOptions(req.flags) : undefined;
  const handout = req.handout ? handoutOptions(req.flags) : undefined;
  const { outDir, prepared, slides } = await build(req.deck, { out: req.out });
  if (print) selectedSlides(prepared.deck.slides.length, print.range);
  progress.step(`${prepared.deck.name}: built ${prepared.deck.slides.length} slides`);
  const pdf = print ? await exportPdf(browser, prepared.deck, outDir, print, progress) : undefined;
  const ho = handout ? await exportHandout(browser, prepared, slides, outDir, handout, progress) : undefined;
  return { outDir, slides: prepared.deck.slides.length, pdf, handout: ho, seconds: progress.elapsed() - start };
}

/** Several decks (`--all`) share one browser launch; bad options fail before Chromium starts. */
export async function runExports(reqs: ExportRequest[]): Promise<ExportResult[]> {
  const progress = createProgress();
  for (const r of reqs) { if (r.pdf) printOptions(r.flags); if (r.handout) handoutOptions(r.flags); }
  return withBrowser(async (browser) => {
    progress.step('Chromium started');
    const results: ExportResult[] = [];
    for (const r of reqs) results.push(await exportOne(browser, r, progress));
    return results;
  });
}

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  const [result] = await runExports([req]);
  return result!;
}
