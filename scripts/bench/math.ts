// The math rows of `npm run bench`: a 40-slide deck with 20 formulas (one per even slide, inline and display,
// each different) against the same deck with plain text in their place, built by fresh processes (KaTeX
// loads and typesets every formula: nothing is cached across runs), alternating A B A B.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Run } from './measure.ts';

const FORMULAS = [
  (i: number) => `$\\theta_{${i}+1} = \\theta_{${i}} - \\eta \\nabla_\\theta L(\\theta_{${i}})$`,
  (i: number) => `$$\\sigma(z)_{${i}} = \\frac{e^{z_{${i}}}}{\\sum_{j=1}^{K} e^{z_j}}$$`,
  (i: number) => `$L = -\\frac{1}{${i}} \\sum_{k=1}^{${i}} y_k \\log \\hat{y}_k$`,
  (i: number) => `$$\\operatorname{Attention}(Q,K,V) = \\operatorname{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_{${i}}}}\\right)V$$`,
  (i: number) => `$\\lVert g_{${i}} \\rVert_2 \\le c \\quad\\text{and}\\quad \\mathbb{E}[x^{${i}}] < \\infty$`,
];

/** Writes <dir>/slides/<name>/deck.yaml: 40 slides, 20 with a formula (`math`) or a plain line of text in its place. */
export function writeMathDeck(dir: string, name: string, math: boolean): void {
  const deckDir = path.join(dir, 'slides', name);
  mkdirSync(deckDir, { recursive: true });
  const slides = ['  - layout: title\n    title: Math benchmark\n    notes: Forty slides, twenty formulas.\n'];
  for (let i = 2; i <= 40; i++) {
    const line = i % 2 === 0 ? (math ? FORMULAS[(i / 2) % FORMULAS.length]!(i) : `A plain line standing in for formula number ${i}`) : `Plain point ${i}`;
    slides.push(`  - layout: bullets\n    title: Slide ${i}\n    items:\n      - First point of slide ${i}\n      - '${line}'\n    notes: Notes for slide ${i}.\n`);
  }
  writeFileSync(path.join(deckDir, 'deck.yaml'), `title: Math ${name}\nslides:\n${slides.join('')}`);
}

type Add = (metric: string, slides: number | '', values: number[], unit: string, target?: number, note?: string) => void;

export async function mathBench(work: string, podium: (args: string[]) => Promise<Run>, must: (r: Run, what: string) => Run, add: Add, runs: number): Promise<void> {
  writeMathDeck(work, 'math40', true);
  writeMathDeck(work, 'plain40', false);
  must(await podium(['build', 'math40']), 'warm-up math build'); // compiled CLI and templates on disk; KaTeX is per process
  const math: Run[] = [];
  const plain: Run[] = [];
  for (let i = 0; i < runs; i++) {
    math.push(must(await podium(['build', 'math40']), 'math build'));
    plain.push(must(await podium(['build', 'plain40']), 'plain build'));
  }
  add('podium build, 20 formulas (fresh process)', 40, math.map((r) => r.ms), 'ms', 4000);
  add('podium build, same deck, no formulas', 40, plain.map((r) => r.ms), 'ms');
  add('  formulas ÷ none (pairwise)', 40, math.map((r, i) => r.ms / plain[i]!.ms), '×');
}
