// npm run bench [-- --quick]: Podium against the floor (Chromium itself) on synthetic decks of 40, 400 and
// 2000 slides. Contenders alternate (A B A B) so machine drift cancels; medians with min–max; one table on
// stdout and the same as JSON in .bench/. A benchmark, not a test: nothing here fails the build.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../src/browser/browser.ts';
import { devLatency } from './bench/dev-latency.ts';
import { packageStartup } from './bench/package-startup.ts';
import { mathBench } from './bench/math.ts';
import { mediaBuilds, writeMediaDeck } from './bench/media.ts';
import { RUN_LIMIT_MS, runCommand, stats, type Run, type Stats } from './bench/measure.ts';
import { writeSyntheticDeck } from './bench/synthetic.ts';
import { pptxBench } from './bench/pptx.ts';
import { peerRows } from './bench/peers.ts';
import { watchAndManyDecks } from './bench/watch.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const mediaOnly = process.argv.includes('--media'); // only the diagrams-and-charts rows
const pptxOnly = process.argv.includes('--pptx'); // only the .pptx export (no browser)
const devOnly = process.argv.includes('--dev'); // only the dev-server update latency rows
const peersOnly = process.argv.includes('--peers'); // only Podium against Marp CLI (installed on first use)
const SIZES = quick ? [40, 400] : [40, 400, 2000];
const RUNS: Record<number, number> = quick ? { 40: 3, 400: 2 } : { 40: 5, 400: 3, 2000: 1 };
const chromium = findChromium();
const work = mkdtempSync(path.join(os.tmpdir(), 'podium-bench-'));
const podium = (args: string[]) => runCommand(process.execPath, [path.join(ROOT, 'scripts/podium.mjs'), ...args], work);
const baseline = (deck: string, layout: 'reveal' | 'podium' = 'reveal') => runCommand(process.execPath, [path.join(ROOT, 'scripts/bench/baseline-pdf.mjs'),
  path.join(work, 'dist', deck, 'index.html'), path.join(work, 'baseline.pdf'), chromium, layout], work);

/** Issue #16: pdf ≤ 1.05 × the baseline at 40 and 400 slides, export ≤ 1.5 ×; 2000 slides in ≤ 15 s, node < 300 MB. */
const TARGETS = {
  pdfRatio: { 40: 1.05, 400: 1.05 } as Record<number, number>,
  exportRatio: 1.5,
  pdfMs: { 2000: 15000 } as Record<number, number>,
  nodePeakMb: { 2000: 300 } as Record<number, number>,
};

interface Row { metric: string; slides: number | ''; stats: Stats; unit: string; target?: number; note?: string }
const rows: Row[] = [];
const add = (metric: string, slides: number | '', values: number[], unit: string, target?: number, note?: string) =>
  rows.push({ metric, slides, stats: stats(values), unit, target, note });
class TimedOut extends Error {}
const must = (r: Run, what: string) => {
  if (r.timedOut) throw new TimedOut(`${what} timed out after ${Math.round(RUN_LIMIT_MS / 1000)} s`);
  if (r.code !== 0) throw new Error(`${what} failed (${r.code}): ${r.stderr.slice(0, 500)}`);
  return r;
};

function log(s: string) { process.stderr.write(`${s}\n`); }

async function media() {
  writeMediaDeck(work, 'media40', 'warm-up');
  must(await podium(['build', 'media40']), 'media warm-up build');
  log('bench: media deck (20 formulas, 5 diagrams, 3 charts), cold and warm');
  const { cold, warm } = await mediaBuilds(podium, work, quick ? 3 : 5);
  add('media build, cold (draws 5 diagrams, 3 charts)', 40, cold, 'ms', 4000);
  add('media build, warm (all from the cache)', 40, warm, 'ms', 600);
}

async function main() {
  if (mediaOnly) { await media(); return; }
  for (const n of SIZES) writeSyntheticDeck(work, `d${n}`, n);
  writeSyntheticDeck(work, 'text40', 40, 'text');
  if (pptxOnly) { await pptxBench(podium, SIZES, RUNS, add, must); return; }
  if (devOnly) { for (const n of [40, 400]) await devRow(n); return; }
  if (peersOnly) { await peerRows({ work, chromium, podium, sizes: SIZES, runs: RUNS, add }); return; }
  log(`bench: decks in ${work}; warming up`);
  must(await podium(['build', 'd40']), 'warm-up build');
  must(await podium(['pdf', 'd40']), 'warm-up pdf');

  const help = [];
  for (let i = 0; i < 7; i++) help.push((await podium(['--help'])).ms);
  add('podium --help', '', help, 'ms', 150);
  log('bench: packing and installing Podium into an empty project');
  const installed = await packageStartup(ROOT, work);
  add('installed: node_modules/.bin/podium --help', '', installed.bin, 'ms', 300);
  add('installed: npx podium --help', '', installed.npx, 'ms', 300, 'includes npm\'s own start-up');
  add('  npx of an empty script (npm\'s floor)', '', installed.floor, 'ms');
  add('  podium\'s share of npx podium --help (minus the floor)', '', installed.npx.map((v, i) => v - installed.floor[i]!), 'ms', 300);

  for (const n of SIZES) {
    try { await sizeRows(n); } catch (e) {
      // a slow or failing contender is a row, not a crash: the run goes on
      if (e instanceof TimedOut) add(`${e.message} (the run goes on)`, n, [RUN_LIMIT_MS / 1000], 's');
      else add(`${String((e as Error).message).split('\n').find((l) => /error/i.test(l)) ?? (e as Error).message.split('\n')[0]} (the run goes on)`, n, [0], '');
    }
  }
  await watchAndManyDecks(ROOT, work, add, must, quick, SIZES);
  log('bench: math');
  await mathBench(work, podium, must, add, quick ? 3 : 5);
  await pptxBench(podium, SIZES, RUNS, add, must);
  must(await podium(['pdf', 'text40']), 'pdf text40');
  add('pdf bytes per text slide', 40, [statSync(path.join(work, 'dist/text40/text40.pdf')).size / 40 / 1024], 'KB', 6);
  await media();
}

async function sizeRows(n: number) {
  {
    const deck = `d${n}`;
    const runs = RUNS[n]!;
    log(`bench: ${n} slides, ${runs} run(s) each`);
    const build: Run[] = [];
    for (let i = 0; i < runs; i++) build.push(must(await podium(['build', deck]), 'build'));
    add('podium build', n, build.map((r) => r.ms), 'ms', n === 40 ? 500 : n === 2000 ? 2000 : undefined);
    add('  build: node peak', n, build.map((r) => r.nodePeakMb), 'MB');

    const pdf: Run[] = []; const base: Run[] = []; const exp: Run[] = []; const hand: Run[] = []; const forced: Run[] = []; const floor: Run[] = [];
    for (let i = 0; i < runs; i++) { // A B A B …
      pdf.push(must(await podium(['pdf', deck]), 'pdf'));
      base.push(must(await baseline(deck), 'baseline'));
      if (n <= 400) floor.push(must(await baseline(deck, 'podium'), 'floor'));
      exp.push(must(await podium(['export', deck]), 'export'));
      hand.push(must(await podium(['handout', deck]), 'handout'));
      forced.push(must(await podium(['pdf', deck, '--force']), 'pdf --force'));
    }
    add('baseline: Chromium print-pdf', n, base.map((r) => r.ms), 'ms');
    add('podium pdf', n, pdf.map((r) => r.ms), 'ms', TARGETS.pdfMs[n]);
    add('  pdf ÷ baseline (pairwise)', n, pdf.map((r, i) => r.ms / base[i]!.ms), '×', TARGETS.pdfRatio[n]);
    if (floor.length) { // what Podium adds over Chromium printing its own page once: tagging, parts, finishing, start-up
      add("floor: Chromium prints Podium's print layout, untagged", n, floor.map((r) => r.ms), 'ms');
      add('  pdf ÷ that floor (pairwise)', n, pdf.map((r, i) => r.ms / floor[i]!.ms), '×');
    }
    // the rows above print a fresh site (as after `podium build`); this one rebuilds it first, as after an edit
    add('  pdf --force (site rebuilt) ÷ baseline (pairwise)', n, forced.map((r, i) => r.ms / base[i]!.ms), '×');
    add('  pdf: node peak', n, pdf.map((r) => r.nodePeakMb), 'MB', TARGETS.nodePeakMb[n]);
    add('  pdf: Chromium tree peak', n, pdf.map((r) => r.chromiumPeakMb), 'MB');
    add('podium handout', n, hand.map((r) => r.ms), 'ms');
    add('podium export (html+pdf+handout)', n, exp.map((r) => r.ms), 'ms');
    add('  export ÷ baseline (pairwise)', n, exp.map((r, i) => r.ms / base[i]!.ms), '×', TARGETS.exportRatio);
    add('  export: node peak', n, exp.map((r) => r.nodePeakMb), 'MB');
    add('  export: Chromium tree peak', n, exp.map((r) => r.chromiumPeakMb), 'MB');
    add('  baseline: Chromium tree peak', n, base.map((r) => r.chromiumPeakMb), 'MB');
    add('  pdf bytes per slide (mixed)', n, [statSync(path.join(work, 'dist', deck, `${deck}.pdf`)).size / n / 1024], 'KB');
    if (n <= 400) await devRow(n);
  }
}

async function devRow(n: number) {
  add('dev update latency', n, await devLatency(work, `d${n}`, 7), 'ms', n === 400 ? 100 : 50);
}

function table(): string {
  const fmt = (v: number, unit: string) => (unit === '×' ? v.toFixed(2) : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const lines = [['metric', 'slides', 'median', 'min–max', 'target', ''].join(' | ')];
  for (const r of rows) {
    const ok = r.target === undefined ? '' : r.stats.median <= r.target ? 'ok' : 'MISSED';
    lines.push([r.metric, String(r.slides), `${fmt(r.stats.median, r.unit)} ${r.unit}`, `${fmt(r.stats.min, r.unit)}–${fmt(r.stats.max, r.unit)}`,
      r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`, ok].join(' | '));
  }
  return lines.map((l) => `| ${l} |`).join('\n').replace(/^(\|[^\n]*\|)\n/, `$1\n|${' --- |'.repeat(6)}\n`);
}

try {
  await main();
} finally {
  const out = path.join(ROOT, '.bench');
  mkdirSync(out, { recursive: true });
  const result = { date: new Date().toISOString(), node: process.version, chromium, cpus: os.cpus().length, quick, rows };
  writeFileSync(path.join(out, 'latest.json'), JSON.stringify(result, null, 2));
  writeFileSync(path.join(out, `bench-${result.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  console.log(table());
  rmSync(work, { recursive: true, force: true });
}
