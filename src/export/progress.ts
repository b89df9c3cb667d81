// Progress on the terminal: one line per stage with its time. Quiet when stdout is not a TTY (CI, pipes).
export interface Progress { step(message: string): void; elapsed(): number }

export function createProgress(enabled = Boolean(process.stdout.isTTY), write = (s: string) => process.stdout.write(s)): Progress {
  const start = performance.now();
  let last = start;
  return {
    step(message) {
      const now = performance.now();
      if (enabled) write(`  ${message} \x1b[2m(${((now - last) / 1000).toFixed(2)} s)\x1b[22m\n`);
      last = now;
    },
    elapsed: () => (performance.now() - start) / 1000,
  };
}

export function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
