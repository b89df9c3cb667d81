import { writeSyntheticDeck } from './bench/synthetic.ts';
import os from 'node:os'; import path from 'node:path'; import { mkdtempSync } from 'node:fs';
const work = mkdtempSync(path.join(os.tmpdir(), 'pb-'));
writeSyntheticDeck(work, 'd40', 40); writeSyntheticDeck(work, 'd400', 400);
const { prepare } = await import('../src/pipeline.ts');
const { buildPptx } = await import('../src/export/pptx/presentation.ts');
const img = await import('../src/export/pptx/images.ts');
for (const d of ['d40', 'd400', 'd40', 'd400']) {
  const t0 = performance.now();
  const p = prepare(d, work, { warn: () => {} });
  const t1 = performance.now();
  await buildPptx(p.deck);
  const t2 = performance.now();
  console.log(d, { prepare: Math.round(t1 - t0), build: Math.round(t2 - t1) });
}
let t = performance.now(); await img.loadPicture(path.join(work, 'slides/d40/figure.svg')); console.log('svg', performance.now() - t);
