// Helpers for the hardening tests: the CLI in-process and as a child process, byte snapshots of a
// folder, the generated bad decks (too big to commit), and Chromium processes found by profile folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { ROOT } from './decks.ts';

export interface CliRun { code: number; stdout: string; stderr: string; error?: unknown }

/**
 * `podium <args>` through src/cli.ts's main() in this process: the same argv parsing, pipeline and error
 * printing as the real command, in milliseconds instead of a Node start-up. A rejection of main() is what
 * would print a stack trace in the real command: it is returned as `error`.
 */
export async function runCli(args: string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli.ts');
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  const saved = process.exitCode;
  process.exitCode = 0;
  let caught: unknown;
  try {
    await main(['node', 'podium', ...args]);
  } catch (e) {
    caught = e;
  } finally {
    log.mockRestore(); error.mockRestore(); warn.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = saved;
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), error: caught };
}

export interface Spawned { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> }

/** The real `podium` command as a child process, without blocking the test (for killing, signalling, racing). */
export function spawnPodium(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Spawned {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/podium.mjs'), ...args], {
    cwd: opts.cwd, env: { ...process.env, ...opts.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => { stderr += d; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Every file under dir (relative path → sha256), to prove an output folder is byte-identical. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Live (non-zombie) processes whose command line mentions `marker` — e.g. a private TMPDIR holding the Chromium profile. */
export function processesUsing(marker: string): { pid: number; ppid: number; args: string }[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').map((l) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(l)).filter((m): m is RegExpExecArray => !!m)
    .filter((m) => !m[3]!.startsWith('Z') && m[4]!.includes(marker) && !m[4]!.startsWith('ps '))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[4]! }));
}

/** Every live process below `pid` (children, grandchildren …), found by walking parent ids. */
export function descendants(pid: number): { pid: number; args: string }[] {
  const all = execFileSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' }).split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(l)).filter((m): m is RegExpExecArray => !!m && !m[3]!.startsWith('Z'))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[4]! }));
  const found: { pid: number; args: string }[] = [];
  const walk = (p: number) => { for (const c of all.filter((x) => x.ppid === p)) { found.push({ pid: c.pid, args: c.args }); walk(c.pid); } };
  walk(pid);
  return found;
}

/** Which of these processes are still alive (zombies count as gone). */
export function alive(pids: number[]): number[] {
  const live = new Set(execFileSync('ps', ['-eo', 'pid=,stat='], { encoding: 'utf8' }).split('\n')
    .map((l) => l.trim().split(/\s+/)).filter(([, st]) => st && !st.startsWith('Z')).map(([p]) => Number(p)));
  return pids.filter((p) => live.has(p));
}

/** The Chromium browser processes (not their helpers) whose profile lives under `dir`. */
export function chromiumMains(dir: string): { pid: number; args: string }[] {
  return processesUsing(dir).filter((p) => p.args.includes('--user-data-dir=') && !/--type=/.test(p.args));
}

export async function until<T>(fn: () => T | undefined | false, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Bad decks too big (or too machine-specific) to commit: each is written into `dir` by the test.
 * The expected message pattern is part of the case.
 */
export const GENERATED_BAD: Record<string, { make: (dir: string) => void; expect: RegExp }> = {
  // a 10 MB title: refused at the field, and the code frame shows a window of the line, not 10 MB
  'huge-string': {
    make: (dir) => writeFileSync(path.join(dir, 'deck.yaml'), `title: "${'x'.repeat(10 * 1024 * 1024)}"\nslides:\n  - layout: title\n    title: T\n`),
    expect: /deck\.yaml:1:8 {2}title: has more than 50000 characters/,
  },
  // 10,000 slides: refused at the list, quickly
  'ten-thousand-slides': {
    make: (dir) => writeFileSync(path.join(dir, 'deck.yaml'), `title: T\nslides:\n${'  - layout: bullets\n    title: S\n    items: [a, b]\n'.repeat(10_000)}`),
    expect: /deck\.yaml:3:3 {2}slides: a deck has at most 5000 slides/,
  },
  // 1,000 slides (well under the 5,000 a deck may have), each with a typo: every problem counted, the first 20 printed
  'thousand-broken-slides': {
    make: (dir) => writeFileSync(path.join(dir, 'deck.yaml'), `title: T\nslides:\n${'  - layout: quote\n    qoute: q\n'.repeat(1000)}`),
    expect: /deck\.yaml:4:5 {2}slide 1 \(quote\): qoute: unknown field \(did you mean "quote"\?\)[\s\S]*1000 problems found; the first 20 are shown above\.$/,
  },
  // a deck.yaml over the 16 MB read limit (a sparse file: no 17 MB written to disk)
  'file-too-big': {
    make: (dir) => { writeFileSync(path.join(dir, 'deck.yaml'), 'title: T\n'); execFileSync('truncate', ['-s', '17M', path.join(dir, 'deck.yaml')]); },
    expect: /deck\.yaml:1:1 {2}file is 17\.0 MB; Podium reads at most 16 MB/,
  },
  // lists nested 5,000 deep: deeper than the YAML parser's own stack
  'yaml-stack-overflow': {
    make: (dir) => writeFileSync(path.join(dir, 'deck.yaml'), `title: T\nslides:\n  - layout: bullets\n    title: Deep\n    items: ${'['.repeat(5000)}a${']'.repeat(5000)}\n`),
    expect: /deck\.yaml:5:\d+ {2}YAML: nested too deeply \(at most 32 levels\)/,
  },
  'image-symlink-out': {
    make: (dir) => {
      writeFileSync(path.join(dir, 'deck.yaml'), 'title: T\nslides:\n  - layout: image\n    src: ./img/innocent.png\n    alt: a symlink to /etc/passwd\n');
      mkdirSync(path.join(dir, 'img'));
      symlinkSync('/etc/passwd', path.join(dir, 'img/innocent.png'));
    },
    expect: /deck\.yaml:4:10 {2}slide 1 \(image\): src: "\.\/img\/innocent\.png" points outside the deck folder/,
  },
  'body-symlink-out': {
    make: (dir) => {
      writeFileSync(path.join(dir, 'deck.yaml'), 'title: T\nslides:\n  - layout: markdown\n    body: ./notes.md\n');
      symlinkSync(path.join(ROOT, 'README.md'), path.join(dir, 'notes.md'));
    },
    expect: /deck\.yaml:4:11 {2}slide 1 \(markdown\): body: "\.\/notes\.md" points outside the deck folder/,
  },
};

