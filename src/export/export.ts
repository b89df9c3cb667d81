// pdf, handout and export share one path: build the site, then one browser for every PDF asked for.
import { build } from '../pipeline.ts';
import { withBrowser } from './browser.ts';
import { exportHandout } from './handout.ts';
import { handoutOptions, printOptions, type ExportFlags } from './options.ts';
import { exportPdf, selectedSlides, type PdfResult } from './pdf.ts';
import { createProgress } from './progress.ts';

export interface ExportRequest { deck?: string; out?: string; pdf: boolean; handout: boolean; flags: ExportFlags }
export interface ExportResult { outDir: string; slides: number; pdf?: PdfResult; handout?: PdfResult; seconds: number }

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  const progress = createProgress();
  const print = req.pdf ? printOptions(req.flags) : undefined;
  const handout = req.handout ? handoutOptions(req.flags) : undefined;
  const { outDir, prepared, slides } = await build(req.deck, { out: req.out });
  if (print) selectedSlides(prepared.deck.slides.length, print.range); // a bad --range fails before Chromium starts
  progress.step(`built ${prepared.deck.slides.length} slides`);
  return withBrowser(async (browser) => {
    progress.step('Chromium started');
    const pdf = print ? await exportPdf(browser, prepared.deck, outDir, print, progress) : undefined;
    const ho = handout ? await exportHandout(browser, prepared, slides, outDir, handout, progress) : undefined;
    return { outDir, slides: prepared.deck.slides.length, pdf, handout: ho, seconds: progress.elapsed() };
  });
}
