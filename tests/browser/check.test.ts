// `podium check` on fixture decks that each break one rule, a clean one, and the PyTorch talk.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck, checkExitCode } from '../../src/check/check.ts';
import { checkReportSchema, type CheckReport } from '../../src/check/findings.ts';
import { podium } from '../support/cli.ts';
import { PYTORCH, ROOT } from '../support/decks.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/check', name);
const summary = (r: CheckReport) => r.findings.map((f) => `${f.slide} ${f.severity} ${f.rule}`);

describe.each([
  ['clean', [], 0, 0],
  ['overflow', ['1 error overflow'], 1, 1],
  ['broken-image', ['1 error image'], 1, 1],
  ['link', ['1 error link', '1 error link'], 1, 1],
  ['contrast', ['1 warning contrast', '1 warning contrast', '1 warning contrast'], 0, 1],
  ['alt-text', ['1 warning alt'], 0, 1],
  ['notes', ['1 warning notes-missing', '2 warning notes-long'], 0, 1],
  ['duplicate-id', ['2 warning duplicate-id'], 0, 1],
  ['duration', ['0 warning duration'], 0, 1],
] as const)('%s', (name, expected, exit, strictExit) => {
  it('reports exactly the broken rule, with the right exit codes', async () => {
    const r = await checkDeck(fixture(name));
    expect(summary(r)).toEqual(expected);
    expect(checkExitCode(r, false)).toBe(exit);
    expect(checkExitCode(r, true)).toBe(strictExit);
    expect(() => checkReportSchema.parse(r)).not.toThrow();
  });
});

it('names the element and how far it overflows', async () => {
  const r = await checkDeck(fixture('overflow'));
  expect(r.findings[0]).toMatchObject({ element: expect.stringMatching(/^ul\.bullets/), pixels: expect.any(Number) });
  expect(r.findings[0]!.pixels!).toBeGreaterThan(50);
  expect(r.slides[0]).toEqual({ number: 1, id: 'too-much', layout: 'bullets', line: 3 });
});

it('measures contrast as rendered: the slide background override counts', async () => {
  const r = await checkDeck(fixture('contrast'));
  expect(r.findings[0]!.message).toMatch(/contrast 1\.\d+:1 against its background \(AA needs 3:1\)/);
});

it('the PyTorch talk passes check --strict, through the CLI, with a valid JSON report', () => {
  const r = podium(['check', PYTORCH, '--strict', '--json'], { cwd: ROOT });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const report = checkReportSchema.parse(JSON.parse(r.stdout));
  expect(report.findings).toEqual([]);
  expect(report.summary.estimatedMinutes).toBeGreaterThan(5);
}, 120_000); // a real CLI run: build, Chromium, every slide measured and shot, then window sizes

it('the human report groups findings by slide and ends with a summary; errors exit 1', () => {
  const r = podium(['check', fixture('link')], { cwd: ROOT });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^slide 1 \(markdown\) #refs {2}.*deck\.yaml:3$/m);
  expect(r.stdout).toMatch(/✖ 2 errors, 0 warnings — 1 slides checked/);
});
