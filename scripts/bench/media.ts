// The diagrams-and-charts benchmark deck: 40 slides with 20 formulas, 5 mermaid diagrams and 3 Vega-Lite
// charts. Cold builds draw every picture (a fresh comment in each makes the cache miss, so a browser is
// launched); warm builds find them all in the cache and launch nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Run } from './measure.ts';

const FORMULAS = [
  String.raw`$$\nabla_\theta \mathcal{L} = \frac{1}{N}\sum_i \nabla_\theta \ell(f_\theta(x_i), y_i)$$`,
  String.raw`$\mathrm{softmax}(z)_i = e^{z_i} / \sum_j e^{z_j}$`,
  String.raw`$$\theta_{t+1} = \theta_t - \eta\, \hat m_t / (\sqrt{\hat v_t} + \epsilon)$$`,
  String.raw`$\mathcal{L}_{CE} = -\sum_c y_c \log p_c$`,
];
const DIAGRAMS = [
  'flowchart LR\n  code[Python code] --> eager[Eager ops]\n  code --> compile[torch.compile] --> fx[FX graph] --> kernels[Fused kernels]',
  'sequenceDiagram\n  Python->>Dispatcher: add(a, b)\n  Dispatcher->>Autograd: record\n  Dispatcher->>CUDA: launch kernel\n  CUDA-->>Python: tensor',
  'flowchart TD\n  data[Dataset] --> loader[DataLoader] --> model[Model] --> loss[Loss] --> opt[Optimizer]\n  opt --> model',
  'stateDiagram-v2\n  [*] --> Eager\n  Eager --> Tracing: torch.compile\n  Tracing --> Compiled\n  Compiled --> Eager: graph break',
  'pie title Where the time goes\n  "Forward" : 35\n  "Backward" : 50\n  "Optimizer" : 15',
];

function chart(i: number, nonce: string): string {
  const rows = Array.from({ length: 8 }, (_, k) => `      - { step: ${k + 1}, loss: ${(2.5 / (k + 1) + i * 0.1).toFixed(3)} }`).join('\n');
  const mark = ['line', 'bar', 'point'][i % 3];
  return `  - layout: chart\n    title: Chart ${i}\n    chart:\n      description: "${nonce}"\n      mark: ${mark}\n      encoding:\n        x: { field: step, type: ordinal }\n        y: { field: loss, type: quantitative }\n    data:\n${rows}\n    alt: Loss falling over eight steps.\n    notes: Read the trend.\n`;
}

/** Writes <dir>/slides/<name>/deck.yaml; `nonce` goes into every diagram and chart (a new one misses the cache). */
export function writeMediaDeck(dir: string, name: string, nonce: string): string {
  const deckDir = path.join(dir, 'slides', name);
  mkdirSync(deckDir, { recursive: true });
  const slides: string[] = ['  - layout: title\n    title: Media benchmark\n    notes: Welcome.\n'];
  let d = 0; let c = 0; let f = 0;
  for (let i = 2; i <= 40; i++) {
    if (i % 8 === 0 && d < DIAGRAMS.length) {
      const src = DIAGRAMS[d++]!.split('\n');
      slides.push(`  - layout: diagram\n    title: Diagram ${d}\n    mermaid: |\n${[src[0], `%% ${nonce}`, ...src.slice(1)].map((l) => `      ${l}`).join('\n')}\n    notes: Walk the diagram.\n`);
    } else if (i % 13 === 0 && c < 3) {
      slides.push(chart(++c, nonce));
    } else if (f < 20) {
      f++;
      slides.push(`  - layout: bullets\n    title: Formula ${f}\n    items:\n      - ${JSON.stringify(FORMULAS[f % FORMULAS.length])}\n      - What each term means\n    notes: Explain the formula.\n`);
    } else {
      slides.push(`  - layout: bullets\n    title: Point ${i}\n    items: [One thing, Another thing]\n    notes: Say it.\n`);
    }
  }
  while (c < 3) slides.push(chart(++c, nonce)); // (40 slides: the loop places all five diagrams and three charts)
  writeFileSync(path.join(deckDir, 'deck.yaml'), `title: Media benchmark\nslides:\n${slides.slice(0, 40).join('')}`);
  return deckDir;
}

/** Cold and warm `podium build` of the media deck, alternating (cold, warm, cold, warm …). */
export async function mediaBuilds(podium: (args: string[]) => Promise<Run>, work: string, runs: number): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    writeMediaDeck(work, 'media40', `run ${Date.now()} ${i}`);
    const c = await podium(['build', 'media40']);
    if (c.code !== 0) throw new Error(`media build failed: ${c.stderr.slice(0, 500)}`);
    cold.push(c.ms);
    const w = await podium(['build', 'media40']);
    if (w.code !== 0) throw new Error(`media build failed: ${w.stderr.slice(0, 500)}`);
    warm.push(w.ms);
  }
  return { cold, warm };
}
