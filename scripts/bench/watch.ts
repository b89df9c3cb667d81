// Issue #16 §3–4 in the bench: `pdf --watch` (save → PDF rewritten, seen from outside: the time from the
// write of deck.yaml to the "exported" line), and many decks — `build --all` of 100 decks × 20 slides cold,
// with nothing changed, and on one thread against both cores; `export --all` of 10 decks against the sum
// of their single exports (pairwise, A B A B).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand, type Run } from './measure.ts';
import { writeSyntheticDeck } from './synthetic.ts';

type Add = (metric: string, slides: number | '', values: number[], unit: string, target?: number, note?: string) => void;
type Must = (r: Run, what: string) => Run;

/** Save deck.yaml `saves` times while `podium pdf <deck> --watch` runs; ms from each save to its "exported" line. */
export async function watchLatency(cli: string, work: string, deck: string, saves: number): Promise<number[]> {
  const child = spawn(process.execPath, [cli, 'pdf', deck, '--watch'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let exported = 0;
  let waiter: (() => void) | undefined;
  child.stdout.on('data', (d: Buffer) => { exported += (String(d).match(/^exported /gm) ?? []).length; waiter?.(); });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const next = (count: number, ms = 180_000) => new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`watch: no export within ${ms / 1000} s: ${stderr.slice(0, 300)}`)), ms);
    waiter = () => { if (exported >= count) { clearTimeout(t); waiter = undefined; resolve(); } };
    waiter();
  });
  const file = path.join(work, 'slides', deck, 'deck.yaml');
  const original = readFileSync(file, 'utf8');
  const times: number[] = [];
  try {
    await next(1);
    for (let i = 0; i < saves; i++) {
      await new Promise((r) => setTimeout(r, 300)); // the verify pass of the previous export is over
      const t0 = performance.now();
      writeFileSync(file, original.replace('title: Benchmark deck', `title: Benchmark deck, save ${i}`));
      await next(i + 2);
      times.push(performance.now() - t0);
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('close', r));
    writeFileSync(file, original);
  }
  return times;
}

export async function watchAndManyDecks(root: string, work: string, add: Add, must: Must, quick: boolean, sizes: number[]): Promise<void> {
  const cli = path.join(root, 'scripts/podium.mjs');
  for (const n of sizes.filter((s) => s <= 400)) {
    process.stderr.write(`bench: pdf --watch, ${n} slides\n`);
    add('pdf --watch: save → PDF written', n, await watchLatency(cli, work, `d${n}`, quick ? 3 : 5), 'ms', n === 40 ? 500 : 3000);
  }

  const many = path.join(work, 'many');
  for (let i = 0; i < 100; i++) writeSyntheticDeck(many, `deck${String(i).padStart(3, '0')}`, 20);
  const podium = (args: string[], env: Record<string, string> = {}) => {
    Object.assign(process.env, env);
    const r = runCommand(process.execPath, [cli, ...args], many);
    for (const k of Object.keys(env)) delete process.env[k];
    return r;
  };
  process.stderr.write('bench: build --all, 100 decks × 20 slides\n');
  must(await podium(['build', 'deck000']), 'warm-up build');
  const cold: number[] = []; const coldOne: number[] = []; const none: number[] = [];
  for (let i = 0; i < (quick ? 2 : 3); i++) { // A B A B: both cores, then one thread
    rmSync(path.join(many, 'dist'), { recursive: true, force: true });
    cold.push(must(await podium(['build', '--all']), 'build --all').ms);
    none.push(must(await podium(['build', '--all']), 'build --all, nothing changed').ms);
    rmSync(path.join(many, 'dist'), { recursive: true, force: true });
    coldOne.push(must(await podium(['build', '--all'], { PODIUM_BUILD_THREADS: '1' }), 'build --all, one thread').ms);
  }
  add('build --all, cold (100 decks × 20 slides)', 2000, cold, 'ms', 10_000);
  add('  build --all, cold, one thread', 2000, coldOne, 'ms');
  add('  threads ÷ one thread (pairwise)', 2000, cold.map((c, i) => c / coldOne[i]!), '×');
  add('build --all, nothing changed', 2000, none, 'ms', 1000);

  process.stderr.write('bench: export --all of 10 decks against 10 single exports\n');
  const ten = path.join(work, 'ten');
  for (let i = 0; i < 10; i++) writeSyntheticDeck(ten, `deck${i}`, 20);
  const inTen = (args: string[]) => runCommand(process.execPath, [cli, ...args], ten);
  must(await inTen(['export', 'deck0']), 'warm-up export');
  const all: number[] = []; const singles: number[] = [];
  for (let i = 0; i < (quick ? 2 : 3); i++) {
    all.push(must(await inTen(['export', '--all', '--force']), 'export --all').ms);
    let sum = 0;
    for (let d = 0; d < 10; d++) sum += must(await inTen(['export', `deck${d}`]), 'export').ms;
    singles.push(sum);
  }
  add('export --all, 10 decks × 20 slides', 200, all, 'ms');
  add('  sum of 10 single exports', 200, singles, 'ms');
  add('  export --all ÷ sum of singles (pairwise)', 200, all.map((a, i) => a / singles[i]!), '×', 0.6);
}
