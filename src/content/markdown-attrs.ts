// `![Ferris](img/ferris.svg){width=30%}`: markdown-it-attrs (maintained, used by many markdown-it sites) reads
// `{…}` after an element, restricted here to width, height and class — never arbitrary attributes such as
// event handlers or style. A size becomes the image's CSS size (a percentage of its paragraph, or px);
// a value that is not a size is dropped. Text without `{` never needs it: src/content/markdown.ts keeps a
// second renderer with the plugin and uses it only then (loading the plugin costs a plain build ~15 ms).
import type MarkdownIt from 'markdown-it';
type Md = InstanceType<typeof MarkdownIt>;
import type Attrs from 'markdown-it-attrs';
import { lazy } from '../util/lazy.ts';

const attrs = lazy<typeof Attrs>('markdown-it-attrs');

export const ALLOWED_ATTRIBUTES = ['width', 'height', 'class'];
const SIZE = /^\d{1,4}(\.\d+)?(%|px)?$/;

export function useImageAttrs(md: Md): void {
  md.use(attrs(), { allowedAttributes: ALLOWED_ATTRIBUTES });
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    const css: string[] = [];
    for (const dim of ['width', 'height'] as const) {
      const raw = t.attrGet(dim);
      if (raw === null) continue;
      const v = String(raw);
      t.attrs = (t.attrs ?? []).filter(([k]) => k !== dim);
      if (SIZE.test(v.trim())) css.push(`${dim}: ${/\d$/.test(v.trim()) ? `${v.trim()}px` : v.trim()}`);
    }
    if (css.length) t.attrSet('style', css.join('; '));
    return image(tokens, idx, options, env, self);
  };
}
