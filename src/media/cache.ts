// Rendered SVGs by content hash: in memory for the process (the dev server), on disk under Podium's cache
// folder across builds. A key covers everything the picture depends on (source, theme, library version).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, PKG_ROOT } from '../paths.ts';

const DIR = path.join(CACHE_DIR, 'media');
const memory = new Map<string, string>();
const MAX_MEMORY = 500;

/** A dependency's version, from its package.json wherever npm put it (vega's exports map hides the file). */
function version(pkg: string): string {
  for (let dir = PKG_ROOT; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
let versions: Record<string, string> | undefined;
/** Versions of the libraries a picture is drawn with: a new one redraws everything. */
export function libraryVersions(): Record<string, string> {
  versions ??= { mermaid: version('mermaid'), vega: version('vega'), 'vega-lite': version('vega-lite') };
  return versions;
}

/** Bump when Podium's own post-processing of the SVGs changes. */
const FORMAT = 2;

export function mediaKey(kind: string, ...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify([FORMAT, kind, libraryVersions(), ...parts])).digest('hex');
}

export function cached(key: string): string | undefined {
  let svg = memory.get(key);
  if (svg !== undefined) return svg;
  const file = path.join(DIR, `${key}.svg`);
  if (!existsSync(file)) return undefined;
  try { svg = readFileSync(file, 'utf8'); } catch { return undefined; }
  remember(key, svg);
  return svg;
}

export function store(key: string, svg: string): void {
  remember(key, svg);
  try { // best effort: a read-only cache only costs speed
    mkdirSync(DIR, { recursive: true });
    const file = path.join(DIR, `${key}.svg`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  } catch { /* ignore */ }
}

function remember(key: string, svg: string): void {
  if (memory.size >= MAX_MEMORY) memory.delete(memory.keys().next().value!);
  memory.set(key, svg);
}
