// The in-page runtime (reveal.js, plugins, fonts, layout CSS) is the same for every deck: build it once
// with Vite (vite.config.ts), cache it by a hash of its inputs, and let each deck build copy it. An
// installed package ships it prebuilt (lib/runtime/, made at `npm pack` by scripts/build-package.mjs).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, IS_CHECKOUT, PKG_ROOT } from '../paths.ts';

export const RUNTIME_FILES = { script: 'podium.js', style: 'podium.css' } as const;

/** Where the packed package keeps the runtime built at pack time. */
export const PREBUILT_RUNTIME = path.join(PKG_ROOT, 'lib', 'runtime');

function inputs(): string[] {
  const list = (dir: string, ext: string) =>
    readdirSync(path.join(PKG_ROOT, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(PKG_ROOT, dir, f));
  return [...list('src/runtime', '.ts'), ...list('templates/styles', '.css'),
    path.join(PKG_ROOT, 'src/render/stylesheets.ts'), path.join(PKG_ROOT, 'vite.config.ts'), path.join(PKG_ROOT, 'package-lock.json')].filter(existsSync);
}

export function runtimeHash(): string {
  const h = createHash('sha256');
  for (const f of inputs()) h.update(path.relative(PKG_ROOT, f)).update('\0').update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** Returns the folder holding podium.js and podium.css, building it first if this hash is not cached. */
export async function ensureRuntime(): Promise<string> {
  if (!IS_CHECKOUT) return PREBUILT_RUNTIME;
  const dir = path.join(CACHE_DIR, `runtime-${runtimeHash()}`);
  if (existsSync(path.join(dir, RUNTIME_FILES.script)) && existsSync(path.join(dir, RUNTIME_FILES.style))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(CACHE_DIR, { recursive: true });
  try {
    const { build } = await import('vite');
    await build({ configFile: path.join(PKG_ROOT, 'vite.config.ts'), root: PKG_ROOT, logLevel: 'error',
      build: { outDir: tmp, emptyOutDir: true } });
    // Another process may have finished the same build first: keep its folder (it may be copying from it).
    if (!existsSync(path.join(dir, RUNTIME_FILES.script))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}
