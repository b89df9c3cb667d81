// When `--watch` re-exports: a burst of saves (an editor writes in several steps, a formatter saves many
// files) becomes one run once the files have been quiet for `settleMs`; a save during a run queues exactly
// one follow-up, so two exports never run at once and the last save is always exported.
export interface RunQueue {
  /** files changed: run once they settle */
  changed(): void;
  /** run now (the first export) */
  now(): void;
  /** resolves when no run is going on */
  idle(): Promise<void>;
  /** no more runs; the one going on finishes */
  close(): void;
}

export function createRunQueue(run: () => Promise<void>, settleMs: number): RunQueue {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const start = () => {
    timer = undefined;
    if (closed) return;
    if (running) { again = true; return; }
    running = (async () => {
      do {
        again = false;
        await run().catch(() => undefined); // run reports its own failures
      } while (again && !closed);
    })().finally(() => { running = undefined; });
  };
  return {
    changed() {
      if (closed) return;
      clearTimeout(timer);
      timer = setTimeout(start, settleMs);
    },
    now: start,
    idle: () => running ?? Promise.resolve(),
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
