// `podium check`'s rules for what a person sees: clipped text, collisions, slide chrome in the way, missing
// glyphs, contrast on the real pixels. Each has a fixture deck that triggers it and one that must not; the
// PyTorch talk and the clean fixtures pass --strict in every built-in theme.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck, checkExitCode } from '../../src/check/check.ts';
import { checkReportSchema, type CheckReport } from '../../src/check/findings.ts';
import { themeNames } from '../../src/theme/themes.ts';
import { PYTORCH, ROOT, tempProject } from '../support/decks.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/check', name);
const summary = (r: CheckReport) => r.findings.map((f) => `${f.slide} ${f.severity} ${f.rule}`);
const CLEAN = ['clean', 'clipped-clean', 'collision-clean', 'chrome-clean', 'glyph-clean', 'contrast-photo-clean'];

describe.each([
  ['clipped', ['1 error clipped', '2 error clipped'], 1],
  ['collision', ['1 error collision'], 1],
  ['chrome', ['1 warning chrome', '2 warning chrome'], 0],
  ['glyph', ['1 error glyph', '2 error glyph'], 1],
  ['contrast-photo', ['1 warning contrast'], 0],
  ...CLEAN.map((name) => [name, [], 0] as const),
] as const)('%s', (name, expected, exit) => {
  it('reports exactly the broken rule, in the JSON schema', async () => {
    const r = await checkDeck(fixture(name));
    expect(summary(r)).toEqual(expected);
    expect(checkExitCode(r, false)).toBe(exit);
    expect(checkExitCode(r, true)).toBe(expected.length ? 1 : 0);
    expect(() => checkReportSchema.parse(r)).not.toThrow();
  }, 120_000);
});

it('clipped: names the text cut and how much of it is hidden', async () => {
  const [card, title] = (await checkDeck(fixture('clipped'))).findings;
  expect(card).toMatchObject({ element: expect.stringMatching(/^div\.card-text "A long card text/), message: expect.stringMatching(/cuts off \d+ px/) });
  expect(card!.pixels!).toBeGreaterThan(60); // five lines of 28 px text in a two-line clamp
  expect(title).toMatchObject({ element: expect.stringMatching(/^h2\.slide-title/) });
  expect(title!.pixels!).toBeGreaterThan(40); // the second line of a 76 px title
}, 120_000);

it('collision: the figure over the last line of a five-line title at 4:3, measured in px', async () => {
  const [f] = (await checkDeck(fixture('collision'))).findings;
  expect(f!.message).toMatch(/^img\.slide-image covers \d+ px of h2\.slide-title "A title long enough/);
  expect(f!.pixels!).toBeGreaterThan(30);
}, 120_000);

it('chrome: a deck theme whose slide number sits on reveal\'s arrows', async () => {
  const r = await checkDeck(fixture('chrome'));
  expect(r.findings.map((f) => f.message)).toEqual([
    expect.stringMatching(/^the slide number and the "next" arrow overlap by \d+ px/),
    expect.stringMatching(/^the slide number and the "previous" arrow overlap by \d+ px/),
  ]);
}, 120_000);

it('glyph: names the character, its code point and the slide', async () => {
  const r = await checkDeck(fixture('glyph'));
  expect(r.findings.map((f) => [f.slide, f.message])).toEqual([
    [1, expect.stringContaining('"\u{F0001}" (U+F0001) has no glyph in any font of the page')],
    [2, expect.stringMatching(/"\u{F1234}" \(U\+F1234\) .*\(in li "A symbol/u)],
  ]);
}, 120_000);

it('contrast: white on a bright photo is measured on the photo\'s pixels', async () => {
  const [f] = (await checkDeck(fixture('contrast-photo'))).findings;
  expect(f!.message).toMatch(/^h2\.section-title "White title on a sunny photo" has contrast 1\.\d+:1 .*measured on the pixels behind it/);
}, 120_000);

describe.each(themeNames())('in the %s theme', (theme) => {
  it.each([PYTORCH, ...CLEAN.map(fixture)])('%s passes check --strict', async (deck) => {
    const project = tempProject(deck, `${path.basename(deck)}-${theme}`);
    try {
      const yaml = path.join(project.deckDir, 'deck.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^theme: pytorch$/m, `theme: ${theme}`));
      const r = await checkDeck(project.deckDir, { root: project.root });
      expect(r.findings.map((f) => `${f.slide} ${f.rule} ${f.message}`)).toEqual([]);
    } finally {
      project.cleanup();
    }
  }, 180_000);
});
