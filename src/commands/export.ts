// `podium pdf | handout | export [deck]`: the browser-made outputs, one Chromium launch for all decks.
import type { ExportFlags } from '../export/options.ts';
import { rel, targets } from './targets.ts';

export type ExportFlagsIn = ExportFlags & { out?: string; all?: boolean; scale?: string; og?: boolean; pptx?: boolean; png?: boolean };

export async function exportCommand(name: string, deck: string | undefined, flags: ExportFlagsIn, what: { pdf: boolean; handout: boolean }): Promise<void> {
  const { runExports } = await import('../export/export.ts');
  const { formatBytes } = await import('../export/progress.ts');
  const decks = targets(deck, flags.all);
  const results = await runExports(decks.map((d) => ({ deck: d, out: flags.all ? undefined : flags.out, pdf: what.pdf && name !== 'png', handout: what.handout,
    png: name === 'png' || Boolean(flags.png), pptx: Boolean(flags.pptx), flags })));
  for (const r of results) {
    for (const f of [r.pdf, r.handout]) if (f) console.log(`wrote ${rel(f.file)} (${f.pages} pages, ${formatBytes(f.bytes)})`);
    if (r.png) console.log(`wrote ${r.png.files.length} PNGs (${r.png.width}×${r.png.height}) → ${rel(r.png.dir)}/`);
    if (r.og) console.log(`wrote ${rel(r.og)} (og:image)`);
    if (r.pptx) console.log(`wrote ${rel(r.pptx.file)} (${r.pptx.slides} slides, ${formatBytes(r.pptx.bytes)}); ${(await import('./pptx.ts')).fontsMessage(r.pptx.fonts)}`);
    console.log(`${name}: ${r.slides} slides in ${r.seconds.toFixed(1)} s → ${rel(r.outDir)}/`);
  }
}
