// Measuring a command as a user runs it: wall time of the whole process (node start-up included), and the
// peak memory of the node process and of every Chromium process it starts (sampled from /proc).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Run { ms: number; nodePeakMb: number; chromiumPeakMb: number; code: number | null; stderr: string; timedOut?: boolean }

/** Every contender gets the same generous limit; past it the run is stopped and reported as timed out. */
export const RUN_LIMIT_MS = Number(process.env.PODIUM_BENCH_LIMIT_S ?? 180) * 1000;

const kb = (status: string, key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const out: number[] = [];
  const walk = (pid: number) => { for (const [c, p] of parent) if (p === pid) { out.push(c); walk(c); } };
  walk(root);
  return out;
}

export function runCommand(cmd: string, args: string[], cwd: string, limitMs = RUN_LIMIT_MS, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    // its own process group, so a timeout takes down the command and every Chromium it started
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env }, detached: true });
    let timedOut = false;
    const limit = setTimeout(() => { timedOut = true; try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, limitMs);
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let nodePeak = 0;
    let chromePeak = 0;
    const sample = () => {
      try { nodePeak = Math.max(nodePeak, kb(readFileSync(`/proc/${child.pid}/status`, 'utf8'), 'VmHWM')); } catch { /* exited */ }
      let sum = 0;
      for (const pid of descendants(child.pid!)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          if (/^Name:\s+(chrom|headless)/m.test(status)) sum += kb(status, 'VmRSS');
        } catch { /* gone */ }
      }
      chromePeak = Math.max(chromePeak, sum);
    };
    const timer = setInterval(sample, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      clearTimeout(limit);
      resolve({ ms: performance.now() - t0, nodePeakMb: nodePeak / 1024, chromiumPeakMb: chromePeak / 1024, code, stderr, timedOut });
    });
  });
}

export interface Stats { median: number; min: number; max: number; n: number }

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s[s.length - 1]!, n: s.length };
}
