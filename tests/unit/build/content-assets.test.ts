// Which extra files a site gets for its content: the KaTeX faces its formulas use, the emoji font chunks
// holding its emoji, and nothing at all for a deck with neither.
import { describe, expect, it } from 'vitest';
import { contentAssets } from '../../../src/build/content-assets.ts';
import { emojiAssets, emojiCodePoints } from '../../../src/build/emoji-assets.ts';
import { katexAssets } from '../../../src/build/katex-assets.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';

const md = createMarkdown({ allowHtml: false });
const cps = (s: string) => [...emojiCodePoints(s)].map((c) => c.toString(16));

describe('emoji in text', () => {
  it.each([
    ['icons 🛡 📦', ['1f6e1', '1f4e6']],
    ['a rocket 🚀 and a bolt ⚡', ['1f680', '26a1']],
    ['a heart asking for emoji ❤️', ['2764']],
    ['a keycap 1️⃣', ['20e3']],
    ['a flag 🇫🇷', ['1f1eb', '1f1f7']],
    ['© 2026, ® and ™, arrows ↔ → and ‼', []],
    ['plain text, $5, θ and —', []],
  ])('%s', (text, expected) => {
    expect(cps(text)).toEqual(expected);
  });

  it('copies only the chunks holding them, declared with their unicode-range, relative URLs', () => {
    const a = emojiAssets('🛡 📦')!;
    expect(Object.keys(a.fonts)).toEqual(['noto-emoji-3-400-normal.woff2']);
    expect(a.css).toMatch(/font-family: 'Noto Emoji'; font-style: normal; font-weight: 100 900;[\s\S]*src: url\(fonts\/noto-emoji-3-400-normal\.woff2\) format\('woff2'\);\n {2}unicode-range: U\+/);
    expect(emojiAssets('no emoji here ©')).toBeUndefined();
  });
});

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

it('a deck with neither math nor emoji gets no extra file', async () => {
  expect(await contentAssets('<h2>Plain</h2><p>$5 and $10 © 2026</p>')).toBeUndefined();
  const both = (await contentAssets(`${md.inline('$x$')} 📦`))!;
  expect(Object.keys(both.files)).toEqual(['podium/content.css']);
  expect(Object.keys(both.copies).sort()).toEqual(['podium/fonts/noto-emoji-3-400-normal.woff2', 'podium/katex/fonts/KaTeX_Main-Regular.woff2', 'podium/katex/fonts/KaTeX_Math-Italic.woff2']);
});
