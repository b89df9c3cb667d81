// Which extra files a site gets for its content: math and emoji files together, nothing for a deck with neither.
import { expect, it } from 'vitest';
import { contentAssets } from '../../../src/build/content-assets.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';

const md = createMarkdown({ allowHtml: false });

it('a deck with neither math nor emoji gets no extra file', async () => {
  expect(await contentAssets('<h2>Plain</h2><p>$5 and $10 © 2026</p>')).toBeUndefined();
  const both = (await contentAssets(`${md.inline('$x$')} 📦`))!;
  expect(Object.keys(both.files)).toEqual(['podium/content.css']);
  expect(Object.keys(both.copies).sort()).toEqual(['podium/fonts/noto-emoji-3-400-normal.woff2', 'podium/katex/fonts/KaTeX_Main-Regular.woff2', 'podium/katex/fonts/KaTeX_Math-Italic.woff2']);
});
