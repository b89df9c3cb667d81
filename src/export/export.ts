// pdf, handout and export share one path: Chromium launched first (launch.ts), each site built while it
// boots, then every output printed in the one browser, two at a time, each in a page opened ahead of it.
// What needs no browser — checking, finishing and writing a PDF — runs while Chromium prints the next
// output, and the last of it while Chromium shuts down.
import type { Browser } from 'puppeteer';
import type { MermaidSession } from '../media/mermaid.ts';
import type { BuildResult } from '../pipeline.ts';
import { inBrowser, keepSparePage, withBrowser } from '../browser/browser.ts';
import { writeStamp } from '../build/stamp.ts';
import { checkExportOptions, launchForExport } from './launch.ts';
import { handoutOptions, pngOptions, printOptions, type ExportFlags } from './options.ts';
import { exportOgImage, exportPng, type PngResult } from './png.ts';
import { siteState, type SiteFacts } from '../build/site-facts.ts';
import type { PptxResult } from './pptx/write.ts';
import { printPdfFile, selectedSlides, type Finish, type PdfResult } from './pdf.ts';
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
  /** a launch already under way (launchForExport), closed by this run */
  launching?: Promise<Browser>;
  /** with several decks: report a deck's DeckError here and go on with the others (default: throw) */
  onError?: (req: ExportRequest, e: unknown) => void;
}
/** Outputs printed at once, each in its own page (its own renderer process) of the one browser. */
const PAGES = 2;
export interface ExportResult {
  outDir: string; slides: number; pdf?: PdfResult; handout?: PdfResult; seconds: number;
  png?: PngResult; pptx?: PptxResult; og?: string;
}

/** A deck ready to print: its site, built now (`site`) or found fresh (built earlier from the same inputs). */
interface Built { req: ExportRequest; outDir: string; facts: SiteFacts; site?: BuildResult; pptx?: PptxResult }
type Output = 'pdf' | 'handout' | 'png' | 'og';
/** One deck's outputs on their way: printed and finished one by one, in any order. */
interface DeckRun { built: Built; jobs: { output: Output; print: (b: Browser) => Promise<Finish<unknown>> }[]; done: Partial<Record<Output, unknown>>; left: number; start?: number; failed?: boolean; result?: ExportResult }

function deckRun(built: Built, progress: Progress): DeckRun {
  const { req, outDir, facts, site } = built;
  const jobs: DeckRun['jobs'] = [];
  const now = <T>(r: T): Finish<T> => () => r;
  if (req.pdf) jobs.push({ output: 'pdf', print: (b) => printPdfFile(b, facts, outDir, printOptions(req.flags), progress) });
  if (req.handout && site) jobs.push({ output: 'handout', print: async (b) => (await import('./handout.ts')).printHandoutFile(b, site.prepared, site.slides, outDir, handoutOptions(req.flags), progress) });
  if (req.png) jobs.push({ output: 'png', print: async (b) => now(await exportPng(b, facts, outDir, pngOptions(req.flags), progress)) });
  if (facts.og) jobs.push({ output: 'og', print: async (b) => now(await exportOgImage(b, facts, outDir, pngOptions(req.flags).timeout)) });
  return { built, jobs, done: {}, left: jobs.length };
}

/** The deck's result once its last output is written (and its stamp, which says they all were). */
function complete(run: DeckRun, progress: Progress): void {
  const { req, outDir, facts, pptx } = run.built;
  const d = run.done as { pdf?: PdfResult; handout?: PdfResult; png?: PngResult; og?: string };
  run.result = { outDir, slides: facts.slideCount, ...d, pptx, seconds: progress.elapsed() - (run.start ?? progress.elapsed()) };
  if (req.stamp) writeStamp(outDir, req.stamp.kind, req.stamp.hash);
}

/** Several decks (`--all`) share one browser. Bad options or content fail before anything is printed. */
export async function runExports(reqs: ExportRequest[], session: ExportSession = {}): Promise<ExportResult[]> {
  const progress = createProgress();
  checkExportOptions(reqs);
  const launching = session.browser ? session.browser() : session.launching ?? (await launchForExport()).browser;
  launching.catch(() => undefined); // reported by withBrowser below, if we get that far
  const runs: DeckRun[] = [];
  let mermaid: MermaidSession | undefined; // diagrams not in the cache are drawn in the export's browser
  /** A deck's DeckError is reported (once) and the others go on, when the session says so; anything else throws. */
  const fail = (req: ExportRequest, e: unknown, run?: DeckRun): void => {
    if (!session.onError || !(e instanceof DeckError)) throw e;
    if (run?.failed) return;
    if (run) run.failed = true;
    session.onError(req, e);
  };
  try {
    for (const req of reqs) {
      const b = await (async (): Promise<Built> => {
        // only printing asked for, and the site built from these very inputs: printed as it is
        const state = req.handout || req.pptx || req.flags.og || req.flags.force ? undefined
          : siteState(req.deck, { out: req.out, strict: req.flags.strict, og: req.flags.og, hash: req.siteStamp?.hash });
        const range = (count: number) => { if (req.pdf || req.png) selectedSlides(count, printOptions(req.flags).range); }; // a bad --range: usage error
        if (state?.fresh) {
          range(state.fresh.facts.slideCount);
          progress.step(`${state.fresh.facts.name}: site up to date, not rebuilt`);
          return { req, ...state.fresh };
        }
        // the build pipeline is loaded only when a site is built (not for a fresh one: Chromium boots meanwhile)
        const [{ build }, { MermaidSession }] = await Promise.all([import('../pipeline.ts'), import('../media/mermaid.ts')]);
        mermaid ??= new MermaidSession(() => launching);
        const stamp = req.siteStamp ?? (state && { kind: 'build', hash: state.hash });
        const site = await build(req.deck, { out: req.out, strict: req.flags.strict, mermaid, og: req.flags.og, stamp });
        range(site.facts.slideCount);
        progress.step(`${site.prepared.deck.name}: built ${site.prepared.deck.slides.length} slides`);
        // the .pptx needs no browser: written while Chromium boots
        const pptx = req.pptx ? await (await import('./pptx/write.ts')).writePptx(site.prepared, site.outDir) : undefined;
        if (pptx) progress.step(`wrote ${pptx.slides} slides to .pptx`);
        return { req, outDir: site.outDir, facts: site.facts, site, pptx };
      })().catch((e) => fail(req, e));
      if (b) runs.push(deckRun(b, progress));
    }
  } catch (e) {
    await mermaid?.close();
    if (!session.browser) await withBrowser(async () => undefined, launching).catch(() => undefined); // close what was launched
    throw e;
  }
  await mermaid?.close();
  for (const r of runs) if (!r.jobs.length) complete(r, progress);
  const jobs = runs.flatMap((run) => run.jobs.map((job) => ({ run, ...job })));
  const owned = !session.browser;
  const printAll = async (browser: Browser): Promise<(() => void)[]> => {
    progress.step('Chromium ready');
    if (owned) keepSparePage(browser, jobs.length - 1); // the first was opened at launch
    const last: (() => void)[] = [];
    let next = 0, printing = 0;
    await Promise.all(Array.from({ length: Math.min(PAGES, jobs.length) }, async () => {
      while (next < jobs.length) {
        const { run, output, print } = jobs[next++]!;
        if (run.failed) continue;
        run.start ??= progress.elapsed();
        printing++;
        let finish: Finish<unknown>;
        try { finish = await print(browser); } catch (e) { fail(run.built.req, e, run); continue; } finally { printing--; }
        const settle = () => {
          if (run.failed) return;
          try { run.done[output] = finish(); } catch (e) { fail(run.built.req, e, run); return; }
          if (--run.left === 0) complete(run, progress);
        };
        // the very last output is finished while Chromium closes; the others while it prints the next one
        if (owned && next >= jobs.length && printing === 0) last.push(settle); else settle();
      }
    }));
    return last;
  };
  const results = () => runs.flatMap((r) => (r.result && !r.failed ? [r.result] : []));
  if (!owned) {
    const last = await inBrowser(await launching, printAll);
    last.forEach((settle) => settle());
    return results();
  }
  return withBrowser(printAll, launching, (last) => { last.forEach((settle) => settle()); return results(); });
}

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  const [result] = await runExports([req]);
  return result!;
}
