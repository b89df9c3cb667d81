// Where Podium's own files live, independent of the user's cwd.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PKG_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATES_DIR = path.join(PKG_ROOT, 'templates');
export const CACHE_DIR = path.join(PKG_ROOT, 'node_modules', '.cache', 'podium');
