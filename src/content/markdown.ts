// Markdown for every text field. Content is data: raw HTML is escaped unless the deck sets allowHtml,
// and markdown-it's own link validation keeps javascript:/vbscript:/file: URLs out.
import MarkdownIt from 'markdown-it';
import { useImageAttrs } from './markdown-attrs.ts';
import { highlightLines } from './highlight.ts';

export interface Markdown {
  block(src: string): string;
  inline(src: string): string;
  /** relative image URLs referenced by `![alt](src)` in src, to copy into the build */
  localImages(src: string): string[];
  /** every image URL markdown-it would render from src (local, remote and data:) */
  images(src: string): string[];
}

export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

const instances = new Map<boolean, Markdown>();

/** One renderer per setting, shared: it holds no per-document state, and a stable identity lets
 * templates memoise their output (src/render/templates.ts). */
export function createMarkdown(opts: { allowHtml: boolean }): Markdown {
  let m = instances.get(opts.allowHtml);
  if (!m) instances.set(opts.allowHtml, (m = newMarkdown(opts)));
  return m;
}

function newMarkdown(opts: { allowHtml: boolean }): Markdown {
  const md = new MarkdownIt({
    html: opts.allowHtml,
    linkify: true,
    typographer: true,
    highlight: (code, lang) => `<pre class="code-block"><code class="hljs">${highlightLines(code, lang || 'plaintext')}</code></pre>`,
  });
  useImageAttrs(md);
  const defaultLink = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) { tokens[idx]!.attrSet('target', '_blank'); tokens[idx]!.attrSet('rel', 'noopener'); }
    return defaultLink(tokens, idx, options, env, self);
  };
  const images = (src: string): string[] => {
    if (!src.includes('![')) return []; // no image syntax: skip the parse (most fields, every rebuild)
    const found: string[] = [];
    const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>) => {
      for (const t of tokens) {
        if (t.type === 'image') { const s = String(t.attrGet('src') ?? ''); if (s) found.push(s); }
        if (t.children) walk(t.children);
      }
    };
    walk(md.parse(src, {}));
    return found;
  };
  return {
    block: (src) => md.render(src),
    inline: (src) => md.renderInline(src),
    localImages: (src) => images(src).filter((s) => !isExternalUrl(s)),
    images,
  };
}
