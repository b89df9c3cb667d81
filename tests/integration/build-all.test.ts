// `podium build --all` as a user runs it: skips decks whose inputs did not change, `--force` rebuilds, a
// changed deck (or theme) rebuilds exactly what it concerns, a broken deck is reported at its place while
// the others still build.
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podium, STACK } from '../support/cli.ts';
import { fixture, tempDir } from '../support/decks.ts';

const root = tempDir();
const DECKS = ['alpha', 'beta', 'gamma'];
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  for (const d of DECKS) cpSync(fixture('all-layouts'), path.join(root, 'slides', d), { recursive: true });
});

const run = (...args: string[]) => podium(['build', '--all', ...args], { cwd: root });
const builtDecks = (stdout: string) => [...stdout.matchAll(/built \d+ slides → \.\/dist\/([^/]+)\/index\.html/g)].map((m) => m[1]).sort();
const html = (d: string) => readFileSync(path.join(root, 'dist', d, 'index.html'), 'utf8');
const mtime = (d: string) => statSync(path.join(root, 'dist', d, 'index.html')).mtimeMs;

describe('build --all', { timeout: 180_000 }, () => {
  it('builds every deck the first time, each with its stamp', () => {
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(builtDecks(r.stdout)).toEqual(DECKS);
    expect(r.stdout).toContain('skipped 0 unchanged');
    for (const d of DECKS) expect(readdirSync(path.join(root, 'dist', d))).toContain('.podium-stamp.json');
  });

  it('skips every deck when nothing changed, touching no output', () => {
    const before = DECKS.map(mtime);
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(builtDecks(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('skipped 3 unchanged');
    expect(DECKS.map(mtime)).toEqual(before);
  });

  it('rebuilds exactly the deck whose file changed', () => {
    const yaml = path.join(root, 'slides/beta/deck.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title: .*$/m, 'title: Beta changed'));
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    expect(builtDecks(r.stdout)).toEqual(['beta']);
    expect(r.stdout).toContain('skipped 2 unchanged');
    expect(html('beta')).toContain('Beta changed');
  });

  it('rebuilds every deck with --force, and when an option that shapes the output changes', () => {
    expect(builtDecks(run('--force').stdout)).toEqual(DECKS);
    expect(builtDecks(run('--og').stdout)).toEqual(DECKS);
    expect(builtDecks(run('--og').stdout)).toEqual([]);
    expect(builtDecks(run().stdout)).toEqual(DECKS);
  });

  it('rebuilds every deck when a project theme changes (any deck may use it)', () => {
    mkdirSync(path.join(root, 'themes/acme'), { recursive: true });
    writeFileSync(path.join(root, 'themes/acme/theme.yaml'), 'extends: paper\n');
    expect(builtDecks(run().stdout)).toEqual(DECKS);
  });

  it('reports a broken deck at its place, still builds the others, exits 1 and leaves the broken deck\'s output as it was', () => {
    for (const d of ['alpha', 'gamma']) appendFileSync(path.join(root, 'slides', d, 'deck.yaml'), '\n'); // changed, still valid
    const before = html('beta');
    const stamp = readFileSync(path.join(root, 'dist/beta/.podium-stamp.json'), 'utf8');
    appendFileSync(path.join(root, 'slides/beta/deck.yaml'), '  - layout: bullets\n    title: No items\n');
    const r = run();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/slides\/beta\/deck\.yaml:\d+:\d+ {2}slide \d+ \(bullets\)/);
    expect(r.stderr).toMatch(/1 of 3 decks failed: beta/);
    expect(r.stderr).not.toMatch(STACK);
    expect(builtDecks(r.stdout)).toEqual(['alpha', 'gamma']);
    expect(html('beta')).toBe(before);
    expect(readFileSync(path.join(root, 'dist/beta/.podium-stamp.json'), 'utf8')).toBe(stamp);
    // the edit undone: beta's inputs are again those its (untouched) output was built from
    const yaml = path.join(root, 'slides/beta/deck.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('  - layout: bullets\n    title: No items\n', ''));
    const again = run();
    expect(builtDecks(again.stdout)).toEqual([]);
    expect(again.stdout).toContain('skipped 3 unchanged');
  });

  it('refuses a deck and --all together (usage, exit 2); a single build stamps its site as --all does', () => {
    expect(podium(['build', 'alpha', '--all'], { cwd: root }).code).toBe(2);
    rmSync(path.join(root, 'dist/alpha'), { recursive: true, force: true });
    expect(podium(['build', 'alpha'], { cwd: root }).code).toBe(0);
    expect(readdirSync(path.join(root, 'dist/alpha'))).toContain('.podium-stamp.json');
    expect(builtDecks(run().stdout)).toEqual([]);
    expect(podium(['build', 'alpha', '--strict'], { cwd: root }).code).toBe(0); // another shape of site
    expect(builtDecks(run().stdout)).toEqual(['alpha']);
  });
});
