// Markdown image attributes (markdown-it-attrs, src/content/markdown-attrs.ts): sizes and classes only.
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/content/markdown.ts';

describe('Markdown image attributes (markdown-it-attrs)', () => {
  const md = createMarkdown({ allowHtml: false });
  it('sizes an image with width/height and keeps classes; drops everything else', () => {
    const html = md.block('![F](f.svg){width=30%} ![B](b.png){height=200 onclick=alert(1) style="color:red" .wide}');
    expect(html).toContain('<img src="f.svg" alt="F" style="width: 30%">');
    expect(html).toContain('<img src="b.png" alt="B" class="wide" style="height: 200px">');
    expect(html).not.toMatch(/onclick|color:red/);
  });

  it('drops a size that is not a size', () => {
    expect(md.block('![c](c.png){width="calc(1px)"}')).toContain('<img src="c.png" alt="c">');
  });
});
