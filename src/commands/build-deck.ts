// One deck of `build --all`, run in a worker thread (or in-process): build, then its social card if asked.
// The result crosses the thread boundary as plain data: a DeckError travels as its problems and exit code.
import { parentPort, workerData } from 'node:worker_threads';
import { isDeckError, type ExitCode, type Problem } from '../errors.ts';
import { build } from '../pipeline.ts';

export interface BuildJob { dir: string; hash: string; strict?: boolean; og?: boolean }
export type BuildOutcome =
  | { ok: true; dir: string; slides: number; outDir: string; og?: string; ms: number }
  | { ok: false; dir: string; problems: Problem[]; exitCode: ExitCode }
  | { ok: false; dir: string; bug: string };

export async function buildDeck(job: BuildJob): Promise<BuildOutcome> {
  const t = performance.now();
  try {
    const { outDir, prepared } = await build(job.dir, { strict: job.strict, og: job.og, stamp: { kind: 'build', hash: job.hash } });
    const og = await (await import('./og.ts')).ogAfterBuild(prepared.deck, outDir, job.og);
    return { ok: true, dir: job.dir, slides: prepared.deck.slides.length, outDir, og, ms: performance.now() - t };
  } catch (e) {
    if (isDeckError(e)) return { ok: false, dir: job.dir, problems: e.problems, exitCode: e.exitCode };
    return { ok: false, dir: job.dir, bug: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
}

/**
 * Build the jobs in turn, each thread claiming the next index from one shared counter (no round trip through
 * the main thread, which is busy building too), until none is left.
 */
export async function claimJobs(jobs: BuildJob[], counter: Int32Array, onDone: (o: BuildOutcome) => void): Promise<void> {
  for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) onDone(await buildDeck(jobs[i]!));
}

/** In a worker thread: claim and build jobs, post each outcome. Told to stop (Ctrl-C in the main thread), it
 * closes the Chromium it may have launched (diagrams, og.png) and answers. */
export function serveBuildJobs(): void {
  const { jobs, counter } = workerData as { jobs: BuildJob[]; counter: SharedArrayBuffer };
  parentPort!.on('message', (m) => {
    if (m === 'stop') void import('../browser/browser.ts').then((b) => b.closeAllBrowsers()).then(() => parentPort!.postMessage('stopped'));
  });
  void claimJobs(jobs, new Int32Array(counter), (o) => parentPort!.postMessage(o));
}
