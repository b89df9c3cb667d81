// tests/unit mirrors src/ (docs/testing.md): each module with logic has tests/unit/<folder>/<module>.test.ts,
// or a line in docs/testing.md naming the integration or browser test that covers it instead. Also: every
// unit test file mirrors a module, and a file that replaces a module (vi.mock) runs in its own module cache.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/decks.ts';

const SRC = path.join(ROOT, 'src');
const UNIT = path.join(ROOT, 'tests', 'unit');
const DOC = 'docs/testing.md';

/** Unit tests about the codebase as a whole, not one module: they stay at the top of tests/unit/. */
const CROSS_CUTTING = ['architecture.test.ts', 'json-schema.test.ts', 'mirror.test.ts'];

const rel = (root: string, f: string) => path.relative(root, f).split(path.sep).join('/');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Code without comments, type-only declarations and type imports: what runs. */
function runtimeCode(ts: string): string {
  let s = ts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  s = s.replace(/^\s*(export\s+)?import\s+type\b.*$/gm, '');
  // interface X { … } and type X = …; (up to the `;` that closes it at bracket depth 0)
  for (let m; (m = /^\s*(export\s+)?(interface\s|type\s+\w+(<[^=]*>)?\s*=)/m.exec(s));) {
    let i = m.index + m[0].length;
    let depth = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === '{' || c === '(' || c === '[' || c === '<') depth++;
      else if (c === '}' || c === ')' || c === ']' || (c === '>' && s[i - 1] !== '=')) {
        depth--;
        if (depth === 0 && c === '}' && m[2]!.startsWith('interface')) { i++; break; }
      } else if (c === ';' && depth <= 0) { i++; break; }
    }
    s = s.slice(0, m.index) + s.slice(i);
  }
  return s;
}

/** A module with logic: a function, an arrow function or a class that runs (not types or constants only). */
const hasLogic = (file: string) => /\bfunction\b|=>|\bclass\b/.test(runtimeCode(readFileSync(file, 'utf8')));

/** src/ modules the mirror applies to: all but the in-page runtime (browser tests cover it) and .d.ts files. */
const modules = files(SRC).map((f) => rel(SRC, f))
  .filter((m) => m.endsWith('.ts') && !m.endsWith('.d.ts') && !m.startsWith('runtime/'));

/** Every src/ module a unit test may mirror: the runtime's too (print-layout.ts is a pure DOM transformation). */
const mirrorable = files(SRC).map((f) => rel(SRC, f)).filter((m) => m.endsWith('.ts') && !m.endsWith('.d.ts'));

const unitTestOf = (m: string) => `${m.replace(/\.ts$/, '')}.test.ts`;
const unitTests = files(UNIT).map((f) => rel(UNIT, f)).filter((f) => f.endsWith('.test.ts'));

/** docs/testing.md's lines "- `src/x.ts` — tests/…/y.test.ts …": module → the test files it names. */
const documented = new Map([...readFileSync(path.join(ROOT, DOC), 'utf8').matchAll(/^- `src\/([^`]+\.ts)`(.*)$/gm)]
  .map((m) => [m[1]!, [...m[2]!.matchAll(/tests\/(?:unit|integration|browser)\/[\w./-]+\.test\.ts/g)].map((t) => t[0])] as const));

describe('tests/unit mirrors src/', () => {
  it('every src module with logic has a unit test file, or a line in docs/testing.md', () => {
    const missing = modules.filter((m) => hasLogic(path.join(SRC, m)) && !unitTests.includes(unitTestOf(m)) && !documented.has(m));
    expect(missing, missing.map((m) => `src/${m} has logic but no unit test: add tests/unit/${unitTestOf(m)}; or, if only Chromium `
      + `or a child process can test it, add the line "- \`src/${m}\` — tests/<integration|browser>/<file>.test.ts: what covers it" `
      + `to the list in ${DOC}`).join('\n')).toEqual([]);
  });

  it('each line of that list names a module without a unit test file, and test files that exist', () => {
    expect(documented.size).toBeGreaterThan(0);
    const wrong = [...documented].flatMap(([m, tests]) => [
      ...(modules.includes(m) ? [] : [`${DOC}: src/${m} does not exist (any more): remove its line`]),
      ...(unitTests.includes(unitTestOf(m)) ? [`${DOC}: src/${m} has tests/unit/${unitTestOf(m)} now: remove its line`] : []),
      ...(tests.length ? [] : [`${DOC}: the line for src/${m} names no test file (tests/integration/… or tests/browser/…)`]),
      ...tests.filter((t) => !statSync(path.join(ROOT, t), { throwIfNoEntry: false })).map((t) => `${DOC}: src/${m}: ${t} does not exist`),
    ]);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('every unit test file mirrors a src module (cross-cutting ones stay at the top of tests/unit/)', () => {
    const stray = unitTests.filter((t) => !CROSS_CUTTING.includes(t) && !mirrorable.includes(t.replace(/\.test\.ts$/, '.ts')));
    expect(stray, stray.map((t) => `tests/unit/${t} mirrors no src module: name it tests/unit/<folder>/<module>.test.ts after the `
      + `module it tests (split it if it tests several), or, if it is about the codebase as a whole, add it to CROSS_CUTTING in `
      + 'tests/unit/mirror.test.ts').join('\n')).toEqual([]);
  });

  it('a unit test that replaces a module (vi.mock) is listed in ISOLATED_UNIT_TESTS in vitest.config.ts', () => {
    // the `unit` project shares one module cache between files (isolate: false): a mock there would leak, or miss
    const config = readFileSync(path.join(ROOT, 'vitest.config.ts'), 'utf8');
    const isolated = [...(/ISOLATED_UNIT_TESTS = \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const mocking = unitTests.filter((t) => /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(UNIT, t), 'utf8'))).map((t) => `tests/unit/${t}`);
    expect(mocking.filter((t) => !isolated.includes(t)), 'add these to ISOLATED_UNIT_TESTS in vitest.config.ts').toEqual([]);
    expect(mocking.length).toBeGreaterThan(0);
  });
});

it('tells modules with logic from declarations', () => {
  expect(hasLogic(path.join(SRC, 'util/suggest.ts'))).toBe(true);
  expect(hasLogic(path.join(SRC, 'media/types.ts'))).toBe(false); // interfaces with function-typed fields only
  expect(runtimeCode('export interface A { f: (x: number) => string }\nexport type B = { g(): void };\nconst c = 1;')).not.toMatch(/=>|\(\)/);
});
