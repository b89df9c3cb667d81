import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/content/markdown.ts';

const safe = createMarkdown({ allowHtml: false });
const html = createMarkdown({ allowHtml: true });

describe('raw HTML', () => {
  it('escapes <script> when allowHtml is false (block and inline)', () => {
    expect(safe.block('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(safe.inline('a <script>alert(1)</script>')).toBe('a &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes <img onerror> when allowHtml is false', () => {
    const out = safe.block('hi <img src=x onerror="alert(1)"> there');
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('&lt;img src=x onerror=');
  });

  it('keeps raw HTML when allowHtml is true', () => {
    expect(html.block('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(html.block('hi <img src=x onerror="alert(1)"> there')).toContain('<img src=x onerror="alert(1)">');
    expect(html.inline('a <b>bold</b>')).toBe('a <b>bold</b>');
  });
});

describe('links', () => {
  it.each([
    ['[x](javascript:alert(1))'],
    ['[x](JavaScript:alert(1))'],
    ['[x](vbscript:msgbox(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)'],
  ])('does not render %s as a link, with or without allowHtml', (src) => {
    for (const md of [safe, html]) {
      for (const out of [md.block(src), md.inline(src)]) {
        expect(out).not.toMatch(/<a\b/i);
        expect(out).not.toMatch(/href=/i);
      }
    }
  });

  it('opens external links in a new tab with rel=noopener', () => {
    expect(safe.inline('[PyTorch](https://pytorch.org)')).toBe('<a href="https://pytorch.org" target="_blank" rel="noopener">PyTorch</a>');
    expect(safe.inline('[x](HTTP://example.com/a)')).toContain('target="_blank" rel="noopener"');
  });

  it('linkifies bare URLs the same way', () => {
    expect(safe.inline('see https://pytorch.org')).toBe('see <a href="https://pytorch.org" target="_blank" rel="noopener">https://pytorch.org</a>');
  });

  it('leaves relative, anchor and mailto links in the same tab', () => {
    const out = safe.inline('[a](./notes.html) [b](#top) [c](mailto:me@example.com)');
    expect(out).toContain('<a href="./notes.html">a</a>');
    expect(out).toContain('<a href="#top">b</a>');
    expect(out).toContain('<a href="mailto:me@example.com">c</a>');
    expect(out).not.toContain('target=');
  });
});

describe('localImages', () => {
  it('finds relative images and skips remote and data URLs', () => {
    const src = [
      '![a](img/a.png) ![b](https://example.com/b.png) ![c](http://example.com/c.png) ![d](//cdn.example.com/d.png)',
      '',
      '- item with ![e](../e.png)',
      '',
      '![f](./f.svg "title") ![g](data:image/png;base64,AAAA)',
    ].join('\n');
    expect(safe.localImages(src)).toEqual(['img/a.png', '../e.png', './f.svg']);
  });

  it('returns URL-encoded paths as written in the link', () => {
    expect(safe.localImages('![x](my%20pic.png)')).toEqual(['my%20pic.png']);
  });

  it('returns nothing for text without images (links are not images)', () => {
    expect(safe.localImages('[not an image](pic.png) and `![code](x.png)`')).toEqual([]);
  });
});

describe('content is data, not a template', () => {
  it('keeps Handlebars-like {{foo}} as literal text', () => {
    expect(safe.inline('{{foo}} and {{{bar}}}')).toBe('{{foo}} and {{{bar}}}');
    expect(safe.block('{{#each x}}y{{/each}}')).toBe('<p>{{#each x}}y{{/each}}</p>\n');
  });
});

describe('fenced code', () => {
  it('is highlighted at build time into balanced per-line spans', () => {
    const out = safe.block('```python\ndef f():\n    """doc\n    more"""\n```');
    expect(out).toMatch(/^<pre class="code-block"><code class="hljs">/);
    const body = out.replace(/^<pre class="code-block"><code class="hljs">/, '').replace(/<\/code><\/pre>\n$/, '');
    const codeLines = body.split('\n');
    expect(codeLines).toHaveLength(3);
    for (const l of codeLines) {
      expect(l.startsWith('<span class="line">')).toBe(true);
      expect((l.match(/<span/g) ?? []).length).toBe((l.match(/<\/span>/g) ?? []).length);
    }
  });

  it('escapes code in a fence without a language', () => {
    const out = safe.block('```\n<script>x</script>\n```');
    expect(out).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(out).not.toContain('<script>');
  });
});
