// `podium pptx` in the bench: the whole command (Node start, load → resolve, pptxgenjs, zip) on the synthetic
// decks, no browser. Targets from issue #15: 40 slides ≤ 1 s, 400 slides ≤ 5 s.
import type { Run } from './measure.ts';

export const PPTX_TARGET_MS: Record<number, number> = { 40: 1000, 400: 5000 };

export async function pptxBench(
  podium: (args: string[]) => Promise<Run>, sizes: number[], runs: Record<number, number>,
  add: (metric: string, slides: number, values: number[], unit: string, target?: number) => void,
  must: (r: Run, what: string) => Run,
): Promise<void> {
  must(await podium(['pptx', `d${sizes[0]}`]), 'warm-up pptx');
  for (const n of sizes) {
    const times: Run[] = [];
    for (let i = 0; i < Math.max(3, runs[n] ?? 1); i++) times.push(must(await podium(['pptx', `d${n}`]), 'pptx'));
    add('podium pptx', n, times.map((r) => r.ms), 'ms', PPTX_TARGET_MS[n]);
    add('  pptx: node peak', n, times.map((r) => r.nodePeakMb), 'MB');
  }
}
