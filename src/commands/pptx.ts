// `podium pptx [deck]`: the deck as an editable PowerPoint file, dist/<deck>/<deck>.pptx — no browser.
import path from 'node:path';
import { writeFileAtomic } from '../build/write.ts';
import { prepare, type PrepareOptions } from '../pipeline.ts';

export interface PptxCommandResult { file: string; slides: number; bytes: number; fonts: string[]; converted: number; ms: number }

export async function pptxCommand(deckArg: string | undefined, o: { out?: string; root?: string } & PrepareOptions = {}): Promise<PptxCommandResult> {
  const start = performance.now();
  const root = o.root ?? process.cwd();
  const prepared = prepare(deckArg, root, o);
  return writePptx(prepared, o.out ? path.resolve(root, o.out) : path.join(root, 'dist', prepared.deck.name), start);
}

/** Build and write the .pptx of a prepared deck into `outDir` (atomically: temp file, then rename). */
export async function writePptx(prepared: ReturnType<typeof prepare>, outDir: string, start = performance.now()): Promise<PptxCommandResult> {
  const { buildPptx } = await import('../export/pptx/presentation.ts');
  const { parseYaml } = await import('../content/parse.ts');
  const { text, displayFile } = prepared.source;
  const parsed = parseYaml(text, displayFile); // positions of fields, for a picture that cannot be read
  const r = await buildPptx(prepared.deck, { source: text, locate: (p) => parsed.locate(p) });
  const file = path.join(outDir, `${prepared.deck.name}.pptx`);
  writeFileAtomic(file, r.bytes);
  return { file, slides: r.slides, bytes: r.bytes.length, fonts: r.fonts, converted: r.converted, ms: performance.now() - start };
}

/** What the recipient needs: PowerPoint does not take web fonts, so the theme's fonts must be installed. */
export function fontsMessage(fonts: string[]): string {
  return `fonts: ${fonts.join(', ')} — install them where the deck is opened (PowerPoint substitutes missing fonts); Podium's copies are in node_modules/@fontsource/`;
}
