// `npm run bench -- --peers`: `podium pdf` against Marp CLI's `marp --pdf` on the same content (scripts/bench/
// marp.ts), alternating A B A B under the same limit as every contender (Marp's own per-operation browser
// timeout, 30 s by default, is raised to it). A contender that times out is a row saying so; the other goes on.
import { statSync } from 'node:fs';
import path from 'node:path';
import { installMarp, marpVersion, writeMarpDeck } from './marp.ts';
import { RUN_LIMIT_MS, runCommand, type Run } from './measure.ts';

interface PeerBench {
  work: string; chromium: string; sizes: number[]; runs: Record<number, number>;
  podium: (args: string[]) => Promise<Run>;
  add: (metric: string, slides: number, values: number[], unit: string, target?: number, note?: string) => void;
}

export async function peerRows({ work, chromium, podium, sizes, runs, add }: PeerBench): Promise<void> {
  process.stderr.write('bench: peers — installing Marp CLI (reused from the last run when there)\n');
  const bin = installMarp();
  const env = { CHROME_PATH: chromium };
  const marp = (deck: string) => runCommand(process.execPath, [bin, '--pdf', '--allow-local-files', '--browser-timeout', String(RUN_LIMIT_MS / 1000), `${deck}.md`, '-o', `${deck}.pdf`], path.join(work, 'marp'), RUN_LIMIT_MS, env);
  for (const n of sizes) writeMarpDeck(work, `d${n}`);
  await podium(['pdf', `d${sizes[0]}`]); // warm-up: file cache, compiled CLI, the runtime
  await marp(`d${sizes[0]}`);
  const limit = `timed out after ${Math.round(RUN_LIMIT_MS / 1000)} s`;
  for (const n of sizes) {
    process.stderr.write(`bench: peers, ${n} slides\n`);
    const ours: Run[] = []; const theirs: Run[] = [];
    for (let i = 0; i < (runs[n] ?? 1); i++) { // A B A B …, each contender until it times out
      if (!ours.some((r) => r.timedOut)) ours.push(await podium(['pdf', `d${n}`]));
      if (!theirs.some((r) => r.timedOut)) theirs.push(await marp(`d${n}`));
    }
    const row = (metric: string, runs: Run[], bytes: string) => {
      const failed = runs.find((r) => !r.timedOut && r.code !== 0);
      if (runs.some((r) => r.timedOut)) add(`${metric}: ${limit}`, n, [RUN_LIMIT_MS / 1000], 's');
      else if (failed) add(`${metric}: failed (${failed.code}) ${failed.stderr.trim().split('\n').pop()?.slice(0, 80)}`, n, [0], '');
      else {
        add(metric, n, runs.map((r) => r.ms), 'ms');
        add(`  ${metric.split(':')[0]}: node peak`, n, runs.map((r) => r.nodePeakMb), 'MB');
        add(`  ${metric.split(':')[0]}: Chromium tree peak`, n, runs.map((r) => r.chromiumPeakMb), 'MB');
        add(`  ${metric.split(':')[0]}: pdf bytes per slide`, n, [statSync(bytes).size / n / 1024], 'KB');
      }
    };
    row('podium pdf', ours, path.join(work, 'dist', `d${n}`, `d${n}.pdf`));
    row(`Marp CLI ${marpVersion()}: marp --pdf`, theirs, path.join(work, 'marp', `d${n}.pdf`));
    const pairs = ours.map((r, i) => [r, theirs[i]] as const).filter(([a, b]) => b && !a.timedOut && !b.timedOut && a.code === 0 && b.code === 0);
    if (pairs.length) add('  podium pdf ÷ Marp (pairwise)', n, pairs.map(([a, b]) => a.ms / b!.ms), '×', 1);
  }
}
