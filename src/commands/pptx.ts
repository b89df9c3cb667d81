// `podium pptx [deck]`: the deck as an editable PowerPoint file, dist/<deck>/<deck>.pptx — no browser.
import path from 'node:path';
import { writePptx, type PptxResult } from '../export/pptx/write.ts';
import { media, prepare, type PrepareOptions } from '../pipeline.ts';

export async function pptxCommand(deckArg: string | undefined, o: { out?: string; root?: string } & PrepareOptions = {}): Promise<PptxResult> {
  const start = performance.now();
  const root = o.root ?? process.cwd();
  // diagrams and charts drawn first (from the cache when the deck was built; else a browser draws them)
  const prepared = await media(prepare(deckArg, root, o));
  return writePptx(prepared, o.out ? path.resolve(root, o.out) : path.join(root, 'dist', prepared.deck.name), start);
}

/** What the recipient needs: PowerPoint does not take web fonts, so the theme's fonts must be installed. */
export function fontsMessage(fonts: string[]): string {
  return `fonts: ${fonts.join(', ')} — install them where the deck is opened (PowerPoint substitutes missing fonts); Podium's copies are in node_modules/@fontsource/`;
}

/** `podium pptx [deck] [--all]`: write each deck's .pptx and say which fonts its recipient needs. */
export async function pptxCli(deck: string | undefined, o: { out?: string; all?: boolean; strict?: boolean }): Promise<void> {
  const { targets, rel } = await import('./targets.ts');
  const { formatBytes } = await import('../export/progress.ts');
  for (const d of targets(deck, o.all)) {
    const r = await pptxCommand(d, { out: o.all ? undefined : o.out, strict: o.strict });
    console.log(`wrote ${rel(r.file)} (${r.slides} slides, ${formatBytes(r.bytes)}, ${Math.round(r.ms)} ms)${r.converted ? ` — ${r.converted} image(s) drawn to PNG (an SVG is kept too, for PowerPoint 2016+)` : ''}`);
    console.log(fontsMessage(r.fonts));
  }
}
