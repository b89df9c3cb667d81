// The KaTeX faces a site's formulas use: only those are copied and declared.
import { describe, expect, it } from 'vitest';
import { katexAssets } from '../../../src/build/katex-assets.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';

const md = createMarkdown({ allowHtml: false });

describe('KaTeX faces', () => {
  const faces = async (src: string) => Object.keys((await katexAssets(md.inline(src)))?.fonts ?? {});

  it('none without a formula', async () => {
    expect(await katexAssets('<p>$5 and $10</p>')).toBeUndefined();
  });

  it.each([
    ['$x$', ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2']],
    ['$2+2$', ['KaTeX_Main-Regular.woff2']],
    ['$\\mathbf{W}$', ['KaTeX_Main-Bold.woff2', 'KaTeX_Main-Regular.woff2']],
    ['$\\mathbb{R}$', ['KaTeX_AMS-Regular.woff2', 'KaTeX_Main-Regular.woff2']],
    ['$\\mathfrak{g}$', ['KaTeX_Fraktur-Regular.woff2', 'KaTeX_Main-Regular.woff2']],
    ['$\\mathcal{L}$', ['KaTeX_Caligraphic-Regular.woff2', 'KaTeX_Main-Regular.woff2']],
    ['$$\\sum_i x_i$$', ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2', 'KaTeX_Size2-Regular.woff2']],
  ])('%s → %j', async (src, expected) => {
    expect((await faces(src)).sort()).toEqual(expect.arrayContaining(expected));
    expect((await faces(src)).length).toBeLessThanOrEqual(expected.length + 1);
  });

  it('the stylesheet keeps KaTeX\'s rules and declares only the kept faces, woff2 only', async () => {
    const a = (await katexAssets(md.inline('$x$')))!;
    expect(a.css).toContain('.katex .mathnormal');
    expect([...a.css.matchAll(/@font-face/g)]).toHaveLength(Object.keys(a.fonts).length);
    expect(a.css).not.toMatch(/\.woff\)|\.ttf\)/);
  });
});
