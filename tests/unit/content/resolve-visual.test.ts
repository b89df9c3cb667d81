// The visual fields of a slide resolved: background, aside and gallery images (sizes read once), a
// background colour checked, a slide's `style:` scoped with its problems at their lines in deck.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImageSize, resolveVisual, slideScope, type VisualContext } from '../../../src/content/resolve-visual.ts';
import { Problems } from '../../../src/util/problems.ts';
import { parseYaml, type PathKey } from '../../../src/util/yaml.ts';
import { brief, lines, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

/** A 300×100 PNG header: enough for image-size. */
function png(file: string, width = 300, height = 100) {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b, 0);
  b.writeUInt32BE(width, 16); b.writeUInt32BE(height, 20);
  fs.writeFileSync(file, b);
}

function context(yaml: string, root: string) {
  const parsed = parseYaml(yaml, 'deck.yaml');
  const problems = new Problems();
  const ctx: VisualContext = { parsed, root, allowRemote: false, assets: new Set(), sizes: {}, problems,
    file: (ref) => (fs.existsSync(path.join(root, ref)) ? ref : undefined) };
  const slide = (parsed.data as { slides: Record<string, unknown>[] }).slides[0]!;
  resolveVisual(ctx, slide, 'slide 1 (bullets)', (...p: PathKey[]) => ['slides', 0, ...p], 1);
  return { ctx, slide, problems: problems.sorted().map(brief) };
}

describe('slideScope', () => {
  it('scopes by id when the slide has one, else by number', () => {
    expect(slideScope(3, 'intro')).toBe('.podium-slide#intro');
    expect(slideScope(3)).toBe('.podium-slide[data-podium-slide="3"]');
  });
});

describe('readImageSize', () => {
  it('reads a PNG\'s size; undefined for what is not an image', () => {
    const dir = tempDir();
    png(path.join(dir, 'a.png'));
    fs.writeFileSync(path.join(dir, 'b.png'), 'not a png');
    expect(readImageSize(path.join(dir, 'a.png'))).toEqual({ width: 300, height: 100 });
    expect(readImageSize(path.join(dir, 'b.png'))).toBeUndefined();
  });
});

describe('resolveVisual', () => {
  it('records background and gallery images as assets with their sizes', () => {
    const root = tempDir();
    png(path.join(root, 'bg.png'));
    png(path.join(root, 'g.png'), 100, 200);
    const { ctx } = context(lines('slides:', '  - layout: gallery', '    background: { image: bg.png }', '    images: [{ src: g.png }]'), root);
    expect([...ctx.assets].sort()).toEqual(['bg.png', 'g.png']);
    expect(ctx.sizes).toEqual({ 'bg.png': { width: 300, height: 100 }, 'g.png': { width: 100, height: 200 } });
  });

  it('scopes a slide\'s style, and reports a bad background colour and a remote url() at their lines', () => {
    const { slide, ctx } = context(lines('slides:', '  - layout: bullets', '    style: "h2 { color: red }"'), tempDir());
    expect(slide.style).toBe('.podium-slide[data-podium-slide="1"] h2 { color: red }');
    expect(ctx.problems.size).toBe(0);
    const bad = context(lines('slides:', '  - layout: bullets', '    background: { color: "red; x" }', '    style: |', '      .a { color: red }', '      .b { background: url(https://x.org/a.png) }'), tempDir());
    expect(bad.problems).toEqual([
      { line: 3, column: 26, message: 'slide 1 (bullets): background.color: "red; x" is not a CSS colour' },
      { line: 6, column: 12, message: 'slide 1 (bullets): style: url(https://x.org/a.png) is a remote URL; the deck must work offline' }, // at its declaration
    ]);
  });
});
