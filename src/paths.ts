// Where Podium's own files live, independent of the user's cwd — and of whether this module runs from
// src/ (tsx, tests) or from the compiled CLI under node_modules/.cache/podium/cli/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"podium"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`podium: cannot find its package.json above ${from}`);
  }
}

export const PKG_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const TEMPLATES_DIR = path.join(PKG_ROOT, 'templates');
export const CACHE_DIR = path.join(PKG_ROOT, 'node_modules', '.cache', 'podium');
