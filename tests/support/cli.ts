// Run the real `podium` command in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './decks.ts';

export interface CliResult { code: number | null; stdout: string; stderr: string }

export function podium(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/podium.mjs'), ...args], {
    cwd: opts.cwd, env: { ...process.env, ...opts.env, FORCE_COLOR: '0' }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Command lines of live Chromium processes started by Podium (they use a podium-chromium-* profile). */
export function podiumChromiums(): string[] {
  const out = execFileSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('podium-chromium-') && !l.trim().startsWith('Z'));
}

export const STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;
