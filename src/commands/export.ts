// `podium pdf | handout | export [deck]`: the browser-made outputs, one Chromium launch for all decks.
import type { ExportRequest, ExportResult } from '../export/export.ts';
import type { ExportFlags } from '../export/options.ts';
import { usage } from '../errors.ts';
import { rel, targets } from './targets.ts';

export type ExportFlagsIn = ExportFlags & { out?: string; all?: boolean; scale?: string; og?: boolean; pptx?: boolean; png?: boolean; watch?: boolean; force?: boolean };

export async function exportCommand(name: string, deck: string | undefined, flags: ExportFlagsIn, what: { pdf: boolean; handout: boolean }): Promise<void> {
  const decks = targets(deck, flags.all);
  const request = (d: string | undefined): ExportRequest => ({ deck: d, out: flags.all ? undefined : flags.out, pdf: what.pdf && name !== 'png', handout: what.handout,
    png: name === 'png' || Boolean(flags.png), pptx: Boolean(flags.pptx), flags });
  if (flags.watch) {
    if (flags.all) usage('--watch follows one deck: name it, without --all');
    const { watchExport } = await import('../export/watch.ts');
    process.exitCode = await watchExport(request(deck), { log: (l) => console.log(l), error: (t) => console.error(t), color: Boolean(process.stderr.isTTY) });
    return;
  }
  if (flags.all) return (await import('./export-all.ts')).exportAll(name, flags, request);
  const reqs = decks.map(request);
  // Chromium starts before the build pipeline is even loaded (src/export/launch.ts)
  const { checkExportOptions, launchForExport } = await import('../export/launch.ts');
  checkExportOptions(reqs);
  const { browser: launching } = await launchForExport();
  const { runExports } = await import('../export/export.ts').catch(async (e) => {
    await (await import('../browser/browser.ts')).withBrowser(async () => undefined, launching).catch(() => undefined);
    throw e;
  });
  const results = await runExports(reqs, { launching });
  await report(name, results);
}

/** One line per file written, then the deck's summary. */
export async function report(name: string, results: ExportResult[]): Promise<void> {
  const { formatBytes } = await import('../export/progress.ts');
  for (const r of results) {
    for (const f of [r.pdf, r.handout]) if (f) console.log(`wrote ${rel(f.file)} (${f.pages} pages, ${formatBytes(f.bytes)})`);
    if (r.png) console.log(`wrote ${r.png.files.length} PNGs (${r.png.width}×${r.png.height}) → ${rel(r.png.dir)}/`);
    if (r.og) console.log(`wrote ${rel(r.og)} (og:image)`);
    if (r.pptx) console.log(`wrote ${rel(r.pptx.file)} (${r.pptx.slides} slides, ${formatBytes(r.pptx.bytes)}); ${(await import('./pptx.ts')).fontsMessage(r.pptx.fonts)}`);
    console.log(`${name}: ${r.slides} slides in ${r.seconds.toFixed(1)} s → ${rel(r.outDir)}/`);
  }
}
