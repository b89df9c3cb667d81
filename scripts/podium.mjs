#!/usr/bin/env node
// The `podium` command. Runs the CLI compiled by esbuild under node_modules/.cache/podium/ — compiled again
// (in ~0.1 s) whenever a source file is newer — so start-up does not pay for TypeScript. If esbuild is
// unavailable it falls back to running the sources through tsx.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, 'node_modules/.cache/podium');
// One folder per checkout and per version of the sources: a compiled CLI is never changed or removed
// while a running process may still load its chunks, and two checkouts sharing node_modules never mix.
const prefix = `cli-${createHash('sha1').update(root).digest('hex').slice(0, 8)}-`;

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function compiled() {
  const version = Math.max(newestSource(path.join(root, 'src')), statSync(fileURLToPath(import.meta.url)).mtimeMs, statSync(path.join(root, 'package-lock.json')).mtimeMs);
  const out = path.join(cache, `${prefix}${Math.floor(version)}`);
  const entry = path.join(out, 'cli.mjs');
  if (existsSync(path.join(out, 'stamp'))) return entry;
  try {
    const { build } = await import('esbuild');
    const tmp = `${out}.tmp-${process.pid}`;
    await build({
      entryPoints: { cli: path.join(root, 'src/cli.ts') }, outdir: tmp, outExtension: { '.js': '.mjs' },
      // Small pure-JS dependencies are bundled in (one file to parse instead of hundreds to resolve);
      // the heavy ones stay external and are imported lazily by the commands that need them.
      bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
      external: ['puppeteer', 'puppeteer-core', '@puppeteer/browsers', 'vite', 'esbuild', 'tsx', 'reveal.js', 'fsevents', 'sharp', '@resvg/resvg-js'], // native modules (.node) cannot be bundled
      banner: { js: "import { createRequire as __podiumRequire } from 'node:module'; const require = __podiumRequire(import.meta.url);" },
      logLevel: 'silent', chunkNames: 'chunks/[name]-[hash]',
    });
    writeFileSync(path.join(tmp, 'stamp'), root);
    try { renameSync(tmp, out); } catch { rmSync(tmp, { recursive: true, force: true }); } // another process won
    // versions older than an hour belong to sources that no longer exist
    for (const d of readdirSync(cache)) {
      const p = path.join(cache, d);
      if (d.startsWith(prefix) && p !== out && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
    }
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
