#!/usr/bin/env node
// The `podium` command. Runs the CLI compiled by esbuild into node_modules/.cache/podium/cli/ — recompiled
// here in ~0.1 s whenever a source file is newer — so start-up does not pay for TypeScript. If esbuild is
// unavailable it falls back to running the sources through tsx.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// one compiled CLI per checkout: two checkouts sharing node_modules never race or mix sources
const out = path.join(root, 'node_modules/.cache/podium', `cli-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
const entry = path.join(out, 'cli.mjs');
const stamp = path.join(out, 'stamp');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function compiled() {
  // the stamp names the checkout it was compiled from, so two checkouts sharing node_modules never mix
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === root && statSync(stamp).mtimeMs >= newestSource(path.join(root, 'src'));
  if (fresh) return entry;
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: { cli: path.join(root, 'src/cli.ts') }, outdir: out, outExtension: { '.js': '.mjs' },
      bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external',
      logLevel: 'silent', chunkNames: 'chunks/[name]-[hash]',
    });
    mkdirSync(out, { recursive: true });
    writeFileSync(stamp, root);
    return entry;
  } catch {
    return undefined;
  }
}

const cli = await compiled();
if (cli) {
  const { main } = await import(pathToFileURL(cli).href);
  await main();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli.ts');
  await main();
}
