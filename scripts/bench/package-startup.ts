// Start-up of Podium as users install it: the real `npm pack` tarball installed into an empty project,
// then `podium --help` run through the project's bin and through `npx` (which adds npm's own start-up), and
// `npx` of an empty script in the same project: npm's own floor, which no package can go below.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from './measure.ts';

export async function packageStartup(root: string, work: string, runs = 7): Promise<{ bin: number[]; npx: number[]; floor: number[] }> {
  const project = path.join(work, 'installed');
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'bench-project', private: true }));
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr.slice(0, 500)}`);
  const tarball = path.join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  const install = spawnSync('npm', ['install', '-D', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr.slice(0, 500)}`);
  const bin = path.join(project, 'node_modules/.bin/podium');
  const time = async (cmd: string, args: string[]) => {
    await runCommand(cmd, args, project); // warm-up: file cache
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push((await runCommand(cmd, args, project)).ms);
    return ms;
  };
  const empty = path.join(project, 'node_modules/.bin/empty-script');
  writeFileSync(empty, '#!/usr/bin/env node\n');
  chmodSync(empty, 0o755);
  return { bin: await time(process.execPath, [bin, '--help']), npx: await time('npx', ['podium', '--help']), floor: await time('npx', ['empty-script']) };
}
