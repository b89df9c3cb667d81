// The shape of src/ (docs/architecture.md): each layer imports only from its own layer or below, no two
// folders import each other, no file is over 250 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/decks.ts';

const SRC = path.join(ROOT, 'src');

/** Lower numbers are lower layers. A module is named by its folder under src/, or its file name at the top. */
const LAYERS: Record<string, number> = {
  runtime: 0, // runs in the page; imports nothing of Node's side
  util: 0, 'errors.ts': 0, 'paths.ts': 0,
  browser: 1, // the one owner of Chromium
  theme: 2,
  content: 3,
  media: 4, render: 4, build: 4,
  'pipeline.ts': 5,
  export: 6, check: 6, vite: 6,
  commands: 7,
  'cli.ts': 8,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const moduleOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

/** Static and dynamic relative imports of a file, resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => path.resolve(path.dirname(file), s)).filter((p) => p.startsWith(SRC + path.sep));
}

describe('src/ layers', () => {
  const all = files(SRC);

  it('every module has a layer', () => {
    expect([...new Set(all.map(moduleOf))].filter((m) => LAYERS[m] === undefined)).toEqual([]);
  });

  it('no import reaches up to a higher layer', () => {
    const upward = all.flatMap((f) => importsOf(f)
      .filter((to) => LAYERS[moduleOf(to)]! > LAYERS[moduleOf(f)]!)
      .map((to) => `${path.relative(SRC, f)} → ${path.relative(SRC, to)}`));
    expect(upward).toEqual([]);
  });

  it('no two folders import each other', () => {
    const folder = (m: string) => !m.endsWith('.ts'); // errors.ts and paths.ts are files of the util layer
    const edges = new Set(all.flatMap((f) => importsOf(f).filter((to) => folder(moduleOf(f)) && folder(moduleOf(to)))
      .map((to) => `${moduleOf(f)} ${moduleOf(to)}`)));
    const cycles = [...edges].filter((e) => { const [a, b] = e.split(' '); return a! < b! && edges.has(`${b} ${a}`); });
    expect(cycles).toEqual([]);
  });

  it('no file over 250 lines', () => {
    const long = all.map((f) => [path.relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 250);
    expect(long).toEqual([]);
  });
});
