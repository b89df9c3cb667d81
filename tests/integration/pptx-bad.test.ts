// Bad input to `podium pptx`: a positioned message, exit 1, no stack trace, an earlier .pptx left as it was.
// The decks of tests/fixtures/bad-pptx build to HTML but hold a picture PowerPoint cannot be given; every
// deck of the general bad corpus must fail the same way here as in `podium build`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK } from '../support/cli.ts';
import { ROOT, tempDir, tempProject } from '../support/decks.ts';
import { runCli } from '../support/hardening.ts';

const BAD = path.join(ROOT, 'tests/fixtures/bad-pptx');
const out = tempDir('podium-pptx-bad-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

const CASES: Record<string, RegExp> = {
  'corrupt-image': /deck\.yaml:8:10 {2}slide 2 \(image\): src: "\.\/img\/photo\.png" cannot be read as an image for the \.pptx \(its bytes are not any image format\)/,
  'corrupt-svg': /deck\.yaml:6:31 {2}slide 1 \(cards\): icon: "\.\/chart\.svg" cannot be read as an image for the \.pptx/,
  // refused before any export (src/content/resolve-visual.ts), at each field
  'corrupt-gallery': /deck\.yaml:9:16 {2}slide 2 \(gallery\): images\[1\]\.src: "\.\/img\/broken\.jpg" is not an image Podium can read[\s\S]*deck\.yaml:12:21 {2}slide 3 \(bullets\): aside\.image: "\.\/img\/broken\.jpg" is not an image/,
};

describe.each(Object.entries(CASES))('pptx of bad-pptx/%s', (name, message) => {
  it('prints the position, exits 1, keeps an earlier .pptx', async () => {
    const target = path.join(out, name);
    mkdirSync(target, { recursive: true });
    const earlier = path.join(target, `${name}.pptx`);
    writeFileSync(earlier, 'earlier export');
    const r = await runCli(['pptx', path.join(BAD, name), '--out', target]);
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('hint: use a PNG, JPEG, GIF, SVG, WebP or AVIF file');
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(earlier, 'utf8')).toBe('earlier export');
  });
});

describe('pptx of decks the loader refuses', () => {
  it.each(['missing-image', 'unknown-field', 'bad-yaml'])('%s: same message as build, nothing written', async (name) => {
    const target = path.join(out, `general-${name}`);
    const r = await runCli(['pptx', path.join(ROOT, 'tests/fixtures/bad', name), '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deck\.yaml:\d+:\d+ {2}/);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(target)).toBe(false);
  });

  it('a WebP that is not one is reported, not dropped', async () => {
    const p = tempProject(path.join(ROOT, 'tests/fixtures/decks/pptx-mix'));
    try {
      copyFileSync(path.join(BAD, 'corrupt-image/img/photo.png'), path.join(p.deckDir, 'img/photo.webp'));
      const r = await runCli(['pptx', p.deckDir, '--out', path.join(out, 'mix')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/slide 3 \(image\): src: "\.\/img\/photo\.webp" cannot be read/);
    } finally { p.cleanup(); }
  });
});
