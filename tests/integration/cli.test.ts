// The `podium` command as a user runs it: help, exit codes, error output for bad decks, scaffolding.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { podium, STACK } from '../support/cli.ts';
import { ROOT, tempDir } from '../support/decks.ts';

const BAD = path.join(ROOT, 'tests/fixtures/bad');
const cwd = tempDir();
afterAll(() => { /* temp dir left for the OS: it only holds a scaffolded deck */ });

describe('help', () => {
  it('lists every command, and each command lists its options', () => {
    const r = podium(['--help'], { cwd });
    expect(r.code).toBe(0);
    for (const c of ['build', 'dev', 'new', 'pdf', 'handout', 'export']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c} `, 'm'));
    const pdf = podium(['pdf', '--help'], { cwd });
    for (const o of ['--fragments', '--notes', '--range', '--timeout', '--out']) expect(pdf.stdout).toContain(o);
    const handout = podium(['handout', '--help'], { cwd });
    for (const o of ['--per-page', '--paper', '--lines']) expect(handout.stdout).toContain(o);
  });

  it('exits 2 on an unknown command or option', () => {
    expect(podium(['bogus'], { cwd }).code).toBe(2);
    const r = podium(['build', '--nope'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--nope');
  });
});

describe('bad decks', () => {
  const cases: [string, RegExp][] = [
    ['unknown-layout', /deck\.yaml:3:13  slide 1: unknown layout "bulets" \(did you mean "bullets"\?\)/],
    ['unknown-field', /deck\.yaml:5:5  slide 1 \(quote\): bye: unknown field \(did you mean "by"\?\)/],
    ['missing-image', /deck\.yaml:4:10  slide 1 \(image\): src: file not found: .*nope\.png/],
    ['missing-body', /deck\.yaml:4:11  slide 1 \(markdown\): body: file not found/],
    ['body-outside', /deck\.yaml:4:11  slide 1 \(markdown\): body: /],
    ['remote-image', /deck\.yaml:4:10  slide 1 \(image\): src: "https:\/\/example\.org\/x\.png" is a remote URL/],
    ['bad-yaml', /deck\.yaml:1:8  YAML: /],
  ];
  it.each(cases)('%s: exit 1, file:line:col, a code frame, no stack trace, nothing written', (name, message) => {
    const r = podium(['build', path.join(BAD, name), '--out', path.join(cwd, 'out', name)], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^>\s+\d+ \|/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(path.join(cwd, 'out', name))).toBe(false);
  });

  it('prints every problem, not only the first', () => {
    const r = podium(['build', path.join(BAD, 'many-problems')], { cwd });
    expect(r.code).toBe(1);
    const heads = r.stderr.split('\n').filter((l) => /deck\.yaml:\d+:\d+ {2}/.test(l));
    expect(heads.map((l) => l.replace(/^.*deck\.yaml:/, ''))).toEqual([
      '2:9  aspect: must be one of "16:9", "4:3", got "16:10" (did you mean "16:9"?)',
      '8:9  slide 1 (timeline): events[0].lable: unknown field (did you mean "label"?)',
      '11:12  slide 2 (cards): cards: needs at least 1 item',
      '15:16  slide 3 (code): highlight: must be line numbers like "2-4,7"',
    ]);
    expect(r.stderr).toContain('4 problems found.'); // the typo `lable` once, not also "label: is required"
  });
});

it('podium new scaffolds a deck with every layout that builds as it is', () => {
  const r = podium(['new', 'my-talk'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  expect(podium(['new', 'my-talk'], { cwd }).code).toBe(1);
  const b = podium(['build', 'my-talk'], { cwd });
  expect(b.code, b.stderr).toBe(0);
  expect(readdirSync(path.join(cwd, 'dist/my-talk')).sort()).toEqual(['.podium-stamp.json', 'details.md', 'diagram.svg', 'index.html', 'podium', 'shapes.svg'].filter((f) => f !== 'details.md'));
  expect(podium(['new', 'second-talk'], { cwd }).code).toBe(0);
  const all = podium(['build', '--all'], { cwd });
  expect(all.code, all.stderr).toBe(0);
  expect(all.stdout).toMatch(/built 18 slides → \.\/dist\/second-talk\/index\.html[\s\S]*built 1, skipped 1 unchanged/); // my-talk was just built
  const forced = podium(['build', '--all', '--force'], { cwd });
  expect(forced.stdout).toMatch(/built 18 slides → \.\/dist\/my-talk\/index\.html[\s\S]*built 18 slides → \.\/dist\/second-talk\/index\.html/);
});
