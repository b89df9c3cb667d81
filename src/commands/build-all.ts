// `podium build --all`: every deck under slides/, skipping those whose inputs did not change since their
// last successful build (same input hash as the stamp in dist/<deck>/, src/build/stamp.ts; `--force`
// rebuilds them all). The build is CPU-bound (YAML, validation, rendering): with more than one deck to build,
// worker threads take one deck at a time, one per core. A deck that fails is reported with its positions
// and the others still build; the command then exits 1.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { deckInputDirs, inputHash, siteShape } from '../build/input-hash.ts';
import { ensureRuntime } from '../build/runtime.ts';
import { isFresh } from '../build/stamp.ts';
import { DeckError, ExitCode, formatDeckError, isDeckError } from '../errors.ts';
import type { BuildJob, BuildOutcome } from './build-deck.ts';
import { rel, targets } from './targets.ts';

export interface BuildAllFlags { strict?: boolean; og?: boolean; force?: boolean }

/** The decks whose build stamp does not match their inputs (all of them with `force`). */
export { siteShape } from '../build/input-hash.ts';

export function staleDecks(root: string, kind: string, options: Record<string, unknown>, force = false): { jobs: { dir: string; hash: string }[]; skipped: number } {
  const jobs: { dir: string; hash: string }[] = [];
  let skipped = 0;
  for (const name of targets(undefined, true, root) as string[]) {
    const dir = path.join(root, 'slides', name);
    const hash = inputHash(dir, deckInputDirs(dir, root), { kind, ...options });
    if (!force && isFresh(path.join(root, 'dist', name), kind, hash)) skipped++;
    else jobs.push({ dir, hash });
  }
  return { jobs, skipped };
}

/** Worker threads: one per core, or $PODIUM_BUILD_THREADS (1: in-process, as on a one-core CI runner). */
export function threadCount(jobs: number, env = process.env.PODIUM_BUILD_THREADS): number {
  const asked = Number(env);
  return Math.max(1, Math.min(Number.isInteger(asked) && asked > 0 ? asked : availableParallelism(), jobs));
}

/**
 * Run every job: the main thread builds too, beside threads - 1 workers started from `entry` (the CLI's own
 * module); each claims the next deck when done. Without an entry (tests, the tsx fallback), in-process.
 */
async function runJobs(jobs: BuildJob[], entry: string | undefined, onDone: (o: BuildOutcome) => void): Promise<void> {
  if (!jobs.length) return;
  const { claimJobs } = await import('./build-deck.ts'); // the pipeline: loaded only when a deck needs building
  const shared = new SharedArrayBuffer(4);
  let done = 0;
  let finished!: () => void;
  let failed!: (e: unknown) => void;
  const all = new Promise<void>((resolve, reject) => { finished = resolve; failed = reject; });
  const count = (o: BuildOutcome) => { onDone(o); if (++done === jobs.length) finished(); };
  const workers = Array.from({ length: entry ? threadCount(jobs.length) - 1 : 0 }, () => {
    const w = new Worker(new URL(entry!), { workerData: { podiumWorker: 'build', jobs, counter: shared } });
    w.on('message', (m: BuildOutcome | 'stopped') => { if (m !== 'stopped') count(m); });
    w.once('error', failed); // a bug in a worker: its stack, as anywhere else
    return w;
  });
  // Signals reach the main thread only: each worker closes the Chromium it launched before the process exits.
  const stop = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGTERM' ? ExitCode.Terminated : ExitCode.Interrupted;
    setTimeout(() => process.exit(code), 5000).unref();
    void Promise.all(workers.map((w) => new Promise<void>((resolve) => { w.on('message', (m) => { if (m === 'stopped') resolve(); }); w.postMessage('stop'); })))
      .then(() => (import('../browser/browser.ts')).then((b) => b.closeAllBrowsers())).then(() => process.exit(code));
  };
  if (workers.length) for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, stop);
  try {
    await Promise.all([claimJobs(jobs, new Int32Array(shared), count), all]);
  } finally {
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.off(s, stop);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function buildAll(o: BuildAllFlags, root = process.cwd(), workerEntry?: string): Promise<void> {
  const t = performance.now();
  const { jobs, skipped } = staleDecks(root, 'build', siteShape(o), o.force);
  if (jobs.length) await ensureRuntime(); // built once here, never by two workers at a time
  const failed: string[] = [];
  let built = 0;
  await runJobs(jobs.map((j) => ({ ...j, strict: o.strict, og: o.og })), workerEntry, (r) => {
    if (r.ok) {
      built++;
      console.log(`built ${r.slides} slides → ${rel(r.outDir, root)}/index.html (${Math.round(r.ms)} ms)${r.og ? `, ${rel(r.og, root)} (og:image)` : ''}`);
      return;
    }
    const e = 'bug' in r ? new Error(r.bug) : new DeckError(r.problems, r.exitCode);
    if (!isDeckError(e)) throw e; // a bug keeps its stack
    failed.push(path.basename(r.dir));
    console.error(formatDeckError(e, Boolean(process.stderr.isTTY)));
  });
  console.log(`build --all: built ${built}, skipped ${skipped} unchanged${failed.length ? `, ${failed.length} failed` : ''} (${Math.round(performance.now() - t)} ms)`);
  if (failed.length) throw new DeckError({ message: `build --all: ${failed.length} of ${jobs.length + skipped} decks failed: ${failed.join(', ')}`, hint: 'each deck\'s problems are printed above' });
}
