// `podium export --all` and `pdf --all`: every deck in one browser (two pages at a time), unchanged decks
// skipped, a broken deck reported at its place while the others are still exported.
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { podium, STACK } from '../support/cli.ts';
import { tempDir } from '../support/decks.ts';
import { readPdf } from '../support/pdf.ts';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const DECKS = ['one', 'three', 'two'];
for (const d of DECKS) {
  mkdirSync(path.join(root, 'slides', d), { recursive: true });
  writeFileSync(path.join(root, 'slides', d, 'deck.yaml'), `title: Deck ${d}\nslides:\n  - layout: title\n    title: Deck ${d}\n    notes: Notes of ${d}.\n  - layout: bullets\n    title: Points of ${d}\n    items: [first, second]\n`);
}
const written = (stdout: string, file: RegExp) => [...stdout.matchAll(/^wrote \.\/dist\/([^/]+)\/(\S+) /gm)].filter((m) => file.test(m[2]!)).map((m) => m[1]).sort();

describe('export --all', () => {
  it('exports every deck: site, slides PDF and handout, each with its own text', { timeout: 120_000 }, async () => {
    const r = podium(['export', '--all'], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(written(r.stdout, /\.pdf$/)).toEqual(['one', 'one', 'three', 'three', 'two', 'two']);
    expect(r.stdout).toContain('export --all: exported 3, skipped 0 unchanged');
    for (const d of DECKS) {
      expect(readdirSync(path.join(root, 'dist', d))).toEqual(expect.arrayContaining(['index.html', `${d}.pdf`, `${d}-handout.pdf`, '.podium-stamp.json']));
      const pdf = await readPdf(path.join(root, 'dist', d, `${d}.pdf`));
      expect(pdf.pages).toBe(2);
      expect(pdf.text[1]).toContain(`Points of ${d}`);
    }
    // the sites it built are recorded as build --all would record them
    expect(podium(['build', '--all'], { cwd: root }).stdout).toContain('built 0, skipped 3 unchanged');
  });

  it('skips unchanged decks, exports a changed one only, and --force exports them all', { timeout: 120_000 }, () => {
    const again = podium(['export', '--all'], { cwd: root });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('exported 0, skipped 3 unchanged');
    appendFileSync(path.join(root, 'slides/two/deck.yaml'), '  - layout: quote\n    quote: A third slide.\n');
    const one = podium(['export', '--all'], { cwd: root });
    expect(written(one.stdout, /\.pdf$/)).toEqual(['two', 'two']);
    expect(one.stdout).toContain('skipped 2 unchanged');
    // another command's stamp is its own: pdf --all has not run yet
    expect(podium(['pdf', '--all'], { cwd: root }).stdout).toContain('exported 3, skipped 0 unchanged');
    expect(written(podium(['export', '--all', '--force'], { cwd: root }).stdout, /\.pdf$/)).toHaveLength(6);
  });

  it('reports a broken deck with its position, still exports the others, exits 1, and keeps its earlier PDF', { timeout: 120_000 }, () => {
    for (const d of ['one', 'three']) appendFileSync(path.join(root, 'slides', d, 'deck.yaml'), '\n');
    const before = readFileSync(path.join(root, 'dist/two/two.pdf'));
    appendFileSync(path.join(root, 'slides/two/deck.yaml'), '  - layout: bullets\n    title: No items\n');
    const r = podium(['pdf', '--all'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/slides\/two\/deck\.yaml:\d+:\d+ {2}slide 4 \(bullets\): items: is required/);
    expect(r.stderr).toMatch(/pdf --all: 1 of 3 decks failed: two/);
    expect(r.stderr).not.toMatch(STACK);
    expect(written(r.stdout, /\.pdf$/)).toEqual(['one', 'three']);
    expect(readFileSync(path.join(root, 'dist/two/two.pdf')).equals(before)).toBe(true);
  });
});
