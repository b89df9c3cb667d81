// Writing a prepared deck's .pptx into its output folder, atomically (temp file, then rename). Used by
// `podium pptx` and by `podium export --pptx`.
import path from 'node:path';
import { writeFileAtomic } from '../../build/write.ts';
import type { Prepared } from '../../pipeline.ts';

export interface PptxResult { file: string; slides: number; bytes: number; fonts: string[]; converted: number; ms: number }

/** Build and write the .pptx of a prepared deck into `outDir` (atomically: temp file, then rename). */
export async function writePptx(prepared: Prepared, outDir: string, start = performance.now()): Promise<PptxResult> {
  const { buildPptx } = await import('./presentation.ts');
  const { parsed } = prepared; // positions of fields, for a picture that cannot be read
  const r = await buildPptx(prepared.deck, { source: parsed.text, locate: (p) => parsed.locate(p) });
  const file = path.join(outDir, `${prepared.deck.name}.pptx`);
  writeFileAtomic(file, r.bytes);
  return { file, slides: r.slides, bytes: r.bytes.length, fonts: r.fonts, converted: r.converted, ms: performance.now() - start };
}

