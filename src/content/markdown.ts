// Markdown for every text field. Content is data: raw HTML is escaped unless the deck sets allowHtml,
// and markdown-it's own link validation keeps javascript:/vbscript:/file: URLs out.
import MarkdownIt from 'markdown-it';
import { isExternalUrl } from '../util/paths.ts';
import { useImageAttrs } from './markdown-attrs.ts';
import { highlightLines } from './highlight.ts';
import { findFormulas, mathPlugin, type Formula } from './math.ts';

export interface Markdown {
  /** `env.diagrams` maps a ```mermaid block's text to its SVG (src/media/); without it the block shows as code */
  block(src: string, env?: MarkdownEnv): string;
  inline(src: string): string;
  /** relative image URLs referenced by `![alt](src)` in src, to copy into the build */
  localImages(src: string): string[];
  /** every image URL markdown-it would render from src (local, remote and data:) */
  images(src: string): string[];
  /** the formulas in src, each with a way back to its offset (src/content/math-check.ts) */
  formulas(src: string): Formula[];
  /** the ```mermaid fenced blocks of src: their text and 0-based line inside src */
  diagrams(src: string): Array<{ content: string; line: number }>;
}

export interface MarkdownEnv { diagrams?: Record<string, string> | undefined }

const instances = new Map<boolean, Markdown>();

/** One renderer per setting, shared: it holds no per-document state, and a stable identity lets
 * templates memoise their output (src/render/templates.ts). */
export function createMarkdown(opts: { allowHtml: boolean }): Markdown {
  let m = instances.get(opts.allowHtml);
  if (!m) instances.set(opts.allowHtml, (m = newMarkdown(opts)));
  return m;
}

type MdIt = InstanceType<typeof MarkdownIt>;

function configure(allowHtml: boolean, attrs: boolean): MdIt {
  const md = new MarkdownIt({
    html: allowHtml,
    linkify: true,
    typographer: true,
    highlight: (code, lang) => `<pre class="code-block"><code class="hljs">${highlightLines(code, lang || 'plaintext')}</code></pre>`,
  });
  md.use(mathPlugin); // $…$ and $$…$$, typeset at build time (docs/math.md)
  const defaultFence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    const svg = t.info.trim() === 'mermaid' ? (env as MarkdownEnv | undefined)?.diagrams?.[t.content] : undefined;
    return svg ? `<figure class="diagram diagram-inline">${svg}</figure>\n` : defaultFence(tokens, idx, options, env, self);
  };
  if (attrs) useImageAttrs(md);
  const defaultLink = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) { tokens[idx]!.attrSet('target', '_blank'); tokens[idx]!.attrSet('rel', 'noopener'); }
    return defaultLink(tokens, idx, options, env, self);
  };
  return md;
}

function newMarkdown(opts: { allowHtml: boolean }): Markdown {
  const plain = configure(opts.allowHtml, false);
  let withAttrs: MdIt | undefined; // markdown-it-attrs, only for text that could hold `{…}` attributes
  const pick = (src: string): MdIt => (src.includes('{') ? (withAttrs ??= configure(opts.allowHtml, true)) : plain);
  const images = (src: string): string[] => {
    if (!src.includes('![')) return []; // no image syntax: skip the parse (most fields, every rebuild)
    const found: string[] = [];
    const walk = (tokens: ReturnType<InstanceType<typeof MarkdownIt>['parse']>) => {
      for (const t of tokens) {
        if (t.type === 'image') { const s = String(t.attrGet('src') ?? ''); if (s) found.push(s); }
        if (t.children) walk(t.children);
      }
    };
    walk(pick(src).parse(src, {}));
    return found;
  };
  return {
    block: (src, env) => pick(src).render(src, { ...env }),
    inline: (src) => pick(src).renderInline(src),
    localImages: (src) => images(src).filter((s) => !isExternalUrl(s)),
    images,
    formulas: (src) => findFormulas(pick(src), src),
    diagrams: (src) => (!src.includes('mermaid') ? [] : pick(src).parse(src, {})
      .filter((t) => t.type === 'fence' && t.info.trim() === 'mermaid')
      .map((t) => ({ content: t.content, line: t.map?.[0] ?? 0 }))),
  };
}
