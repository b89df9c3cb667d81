// Every problem in one round: `build` and `check` report the problems of deck.yaml, of the files it names and
// of its theme together, in position order (deck.yaml by line, then each theme file by line) — a wrong layout
// does not hide a missing image, a theme typo does not hide an unknown font, and a misspelt field is one
// problem led by its "did you mean", not also "is required".
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { podium, STACK } from '../support/cli.ts';
import { ROOT, tempDir } from '../support/decks.ts';

const DIR = 'tests/fixtures/one-round';
const out = tempDir('podium-one-round-');
/** The headline of each problem printed, in order, with the fixture folder taken off the paths. */
const headlines = (stderr: string, deck: string) => stderr.split('\n')
  .filter((l) => /^\S+:\d+:\d+ {2}/.test(l))
  .map((l) => l.replaceAll(`${DIR}/${deck}/`, ''));

const EVERY_STAGE = [
  'deck.yaml:4:8  theme: unknown theme "workshp" (did you mean "workshop"?)',
  'deck.yaml:6:13  slide 1: unknown layout "bulets" (did you mean "bullets"?)',
  'deck.yaml:9:9  slide 1 (bulets): image: file not found: img/chart.png',
  'deck.yaml:12:5  slide 2 (bullets): itmes: unknown field (did you mean "items"?)',
  'deck.yaml:14:10  slide 3 (image): src: file not found: img/missing.png',
  'deck.yaml:18:11  slide 4 (markdown): body: file not found: missing.md',
  'theme/theme.yaml:2:1  colours: unknown field (did you mean "colors"?)',
  'theme/theme.yaml:5:12  fonts.heading: font "Comic Sans" is not installed',
  'theme/theme.yaml:6:7  logo: file not found: theme/nope.svg',
  'theme/theme.css:2:35  theme.css: file not found: theme/paper.png',
];

const INLINE_THEME = [
  'deck.yaml:4:12  extends: unknown theme "workshp" (did you mean "workshop"?)',
  'deck.yaml:5:18  fonts.body: font "Helvetica" is not installed',
  'deck.yaml:8:5  slide 1 (quote): qoute: unknown field (did you mean "quote"?)',
  'deck.yaml:10:10  slide 2 (image): src: file not found: nowhere.png',
];

describe.each([
  ['every-stage', EVERY_STAGE],
  ['inline-theme', INLINE_THEME],
])('%s', (deck, expected) => {
  it('build reports every problem of deck.yaml, its files and its theme in one run, in line order', () => {
    const r = podium(['build', `${DIR}/${deck}`, '--out', path.join(out, deck)], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(headlines(r.stderr, deck)).toEqual(expected);
    expect(r.stderr).toContain(`${expected.length} problems found.`);
    expect(r.stderr).not.toMatch(/is required/); // each typo once, as its "did you mean"
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(path.join(out, deck))).toBe(false);
  });

  it('check reports the same problems, the same way', () => {
    const r = podium(['check', `${DIR}/${deck}`], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(headlines(r.stderr, deck)).toEqual(expected);
    expect(r.stderr).not.toMatch(STACK);
  });
});
