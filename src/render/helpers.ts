// Handlebars helpers available to every template. Text fields go through `md`/`mdi` (Markdown, escaped
// unless allowHtml); plain `{{x}}` is HTML-escaped by Handlebars. Content is never compiled as a template.
import type Handlebars from 'handlebars';
import { highlightLines } from '../content/highlight.ts';
import type { Markdown } from '../content/markdown.ts';
import type { BulletItem } from '../content/schema.ts';
import { isIconFile } from '../util/paths.ts';
import type { SlideMedia } from '../media/types.ts';

export interface RenderData { md: Markdown }
type Options = Handlebars.HelperOptions & { data: RenderData };

export interface BulletNode { text: string; children: BulletNode[] }

/** ["a", ["b", "c"], "d"] → a (b, c), d: a list right after an item becomes its children. */
export function bulletTree(items: readonly BulletItem[]): BulletNode[] {
  const out: BulletNode[] = [];
  for (const item of items) {
    if (typeof item === 'string') out.push({ text: item, children: [] });
    else if (out.length) out[out.length - 1]!.children.push(...bulletTree(item));
    else out.push(...bulletTree(item));
  }
  return out;
}

/** JSON for a <script> element: `<` escaped so content cannot close the element. */
export const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The SVGs of the slide's ```mermaid blocks (src/media/), which the slide context carries as `media`. */
const slideFences = (o: Options) => (o.data as { root?: { media?: SlideMedia } }).root?.media?.fences;

export function registerHelpers(env: typeof Handlebars): void {
  const safe = (s: string) => new env.SafeString(s);
  env.registerHelper('md', (src: unknown, o: Options) => safe(typeof src === 'string' ? o.data.md.block(src, { diagrams: slideFences(o) }) : ''));
  env.registerHelper('mdi', (src: unknown, o: Options) => safe(typeof src === 'string' ? o.data.md.inline(src) : ''));
  env.registerHelper('code', (src: unknown, lang: unknown, marked: unknown) =>
    safe(highlightLines(String(src ?? ''), String(lang ?? 'plaintext'), typeof marked === 'string' ? marked : undefined)));
  env.registerHelper('bulletTree', (items: unknown) => (Array.isArray(items) ? bulletTree(items as BulletItem[]) : []));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('pad2', (n: unknown) => String(n).padStart(2, '0'));
  env.registerHelper('inc', (n: unknown) => Number(n) + 1);
  env.registerHelper('isUrl', (s: unknown) => isIconFile(s)); // the same test resolve uses to copy the file
  env.registerHelper('linkLabel', (l: unknown) => (typeof l === 'string' ? l.replace(/^https?:\/\//, '').replace(/\/$/, '') : (l as { label: string }).label));
  env.registerHelper('linkUrl', (l: unknown) => (typeof l === 'string' ? l : (l as { url: string }).url));
  /** statement type size by length: a word fills the slide, a long sentence still fits (xs … xl) */
  env.registerHelper('statementSize', (t: unknown) => {
    const n = typeof t === 'string' ? t.replace(/[*_`\\]/g, '').length : 0;
    return n <= 14 ? 'xl' : n <= 40 ? 'l' : n <= 80 ? 'm' : n <= 140 ? 's' : 'xs';
  });
  env.registerHelper('chars', (t: unknown) => Math.max(2, [...String(t ?? '')].length));
  /** a code block that can grow into the space a missing title leaves: few, short lines */
  env.registerHelper('codeRoomy', (src: unknown) => {
    const lines = String(src ?? '').replace(/\n$/, '').split('\n');
    return lines.length <= 14 && Math.max(...lines.map((l) => l.length)) <= 56;
  });
  /** JSON for a <script type="application/json">: `<` escaped so content cannot close the element. */
  env.registerHelper('json', (v: unknown) => safe(scriptJson(v)));
}
