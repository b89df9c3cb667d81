// `podium png` and `export --png --pptx` in real Chromium: one image per slide (or fragment step) at the
// slide's size × scale, only the range asked for, og.png and its meta, and an earlier png/ folder left intact
// when an export fails.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport, runExports } from '../../src/export/export.ts';
import { DeckError } from '../../src/errors.ts';
import { deckYaml, fixture, PYTORCH, siteDom, tempDir } from '../support/decks.ts';

const out = tempDir();
afterAll(() => rmSync(out, { recursive: true, force: true }));
const size = (f: string) => { const s = imageSize(readFileSync(f)); return { width: s.width, height: s.height }; };
const pngs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png')).sort();

describe('pytorch-lessons: export --png --pptx --og', () => {
  const dir = path.join(out, 'pytorch');
  const slides = deckYaml(PYTORCH).slides;
  beforeAll(async () => {
    const [r] = await runExports([{ deck: PYTORCH, out: dir, pdf: false, handout: false, png: true, pptx: true, flags: { og: true } }]);
    expect(r!.png?.files).toHaveLength(slides.length);
  }, 180_000);

  it('writes one 1920×1080 PNG per slide, named 01.png …', () => {
    const files = pngs(path.join(dir, 'png'));
    expect(files).toEqual(slides.map((_, i) => `${String(i + 1).padStart(2, '0')}.png`));
    for (const f of files) expect(size(path.join(dir, 'png', f))).toEqual({ width: 1920, height: 1080 });
  });

  it('shows the slides: the theme background in a corner, and no two slides alike', async () => {
    const { data } = await sharp(path.join(dir, 'png/02.png')).extract({ left: 10, top: 1070, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    const theme = [0x0e, 0x11, 0x17]; // pytorch's background, #0e1117
    [...data.subarray(0, 3)].forEach((v, i) => expect(Math.abs(v - theme[i]!)).toBeLessThan(12));
    const bytes = pngs(path.join(dir, 'png')).map((f) => readFileSync(path.join(dir, 'png', f)).toString('base64'));
    expect(new Set(bytes).size).toBe(bytes.length);
  });

  it('writes og.png (1200 px wide) and the social-card meta that points at it', () => {
    expect(size(path.join(dir, 'og.png'))).toEqual({ width: 1200, height: 675 });
    const doc = siteDom(dir);
    const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    expect(meta('og:image')).toBe('og.png');
    expect(meta('og:title')).toBe(deckYaml(PYTORCH).title);
    expect(meta('og:description')).toContain('PyTorch documentary');
  });

  it('writes the .pptx in the same export', () => {
    expect(readFileSync(path.join(dir, 'pytorch-lessons.pptx')).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('all-layouts: png --fragments --scale 2 --range 3-4', () => {
  const dir = path.join(out, 'all');
  beforeAll(async () => {
    await runExport({ deck: fixture('all-layouts'), out: dir, pdf: false, handout: false, png: true, flags: { fragments: true, scale: 2, range: '3-4' } });
  }, 180_000);

  it('writes one image per fragment step of slide 3 and one for slide 4, at twice the size', () => {
    const files = pngs(path.join(dir, 'png'));
    const steps = files.filter((f) => f.startsWith('03'));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps).toEqual(steps.map((_, i) => `03${String.fromCharCode(97 + i)}.png`));
    expect(files.filter((f) => !f.startsWith('03'))).toEqual(['04.png']);
    for (const f of files) expect(size(path.join(dir, 'png', f))).toEqual({ width: 3840, height: 2160 });
  });

  it('leaves the earlier png/ folder intact when an export fails, with no temp folder behind', async () => {
    const before = Object.fromEntries(pngs(path.join(dir, 'png')).map((f) => [f, readFileSync(path.join(dir, 'png', f)).length]));
    await expect(runExport({ deck: fixture('all-layouts'), out: dir, pdf: false, handout: false, png: true, flags: { timeout: '0.05' } }))
      .rejects.toBeInstanceOf(DeckError);
    expect(Object.fromEntries(pngs(path.join(dir, 'png')).map((f) => [f, readFileSync(path.join(dir, 'png', f)).length]))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.tmp-') || f.startsWith('.old-'))).toEqual([]);
  }, 120_000);

  it('refuses to replace a png/ folder holding files Podium did not write', async () => {
    writeFileSync(path.join(dir, 'png', 'mine.txt'), 'keep me');
    await expect(runExport({ deck: fixture('all-layouts'), out: dir, pdf: false, handout: false, png: true, flags: { range: '1' } }))
      .rejects.toThrow(/refusing to replace .*png: it holds mine\.txt/);
    expect(readFileSync(path.join(dir, 'png', 'mine.txt'), 'utf8')).toBe('keep me');
  }, 120_000);
});

describe('four-three: png', () => {
  it('writes 1440×1080 images', async () => {
    const dir = path.join(out, 'four');
    mkdirSync(dir, { recursive: true });
    const r = await runExport({ deck: fixture('four-three'), out: dir, pdf: false, handout: false, png: true, flags: {} });
    expect(r.png?.files).toEqual(['01.png', '02.png']);
    for (const f of r.png!.files) expect(size(path.join(dir, 'png', f))).toEqual({ width: 1440, height: 1080 });
    expect(existsSync(path.join(dir, 'og.png'))).toBe(false);
  }, 180_000);
});
