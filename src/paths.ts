// Where things live. Podium's own files (templates, the prebuilt runtime, fonts, reveal.js) are found from
// its install location, whatever npm's layout (hoisted or nested); the user's files (slides/, themes/,
// dist/, the cache) from the project folder — the current directory.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"podium"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`podium: cannot find its package.json above ${from}`);
  }
}

/** Podium's own folder: this checkout, or node_modules/podium in a user's project. */
export const PKG_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES_DIR = path.join(PKG_ROOT, 'templates');
/** A source checkout (this repository) rather than an installed package: it can rebuild the runtime. */
export const IS_CHECKOUT = existsSync(path.join(PKG_ROOT, 'vite.config.ts')) && existsSync(path.join(PKG_ROOT, 'src'));

const requireFromPodium = createRequire(path.join(PKG_ROOT, 'package.json'));

/** The folder of a dependency of Podium's, resolved the way Node resolves Podium's own imports. */
export function dependencyDir(name: string): string {
  return path.dirname(requireFromPodium.resolve(`${name}/package.json`));
}

/** Every node_modules folder Node would search from Podium's location, nearest first. */
export function nodeModulesDirs(): string[] {
  return (requireFromPodium.resolve.paths('podium-probe') ?? []).filter((d) => existsSync(d));
}

/** The project: where slides/, themes/ and dist/ are. */
export const projectRoot = (): string => process.cwd();

/** The cache: $PODIUM_CACHE_DIR, else the project's node_modules/.cache/podium, else the OS cache folder. */
export function cacheDir(root = projectRoot()): string {
  if (process.env.PODIUM_CACHE_DIR) return path.resolve(process.env.PODIUM_CACHE_DIR);
  if (existsSync(path.join(root, 'node_modules'))) return path.join(root, 'node_modules', '.cache', 'podium');
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(base, 'podium');
}

export const CACHE_DIR = cacheDir();
