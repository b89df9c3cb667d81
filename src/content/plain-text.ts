// Markdown → plain text by parsing it (markdown-it's inline tokens), for places that take text only: the
// PDF's /Title, /Subject and XMP, bookmarks. `__init__`, `my_var_name` and `2 * 3` stay as written;
// emphasis markers, link syntax and backticks go. Pure.
import MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Md['parseInline']>[number];

let md: Md | undefined;

function collect(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'image') out += collect(t.children ?? []);
    else if (t.children) out += collect(t.children);
  }
  return out;
}

/** The text a reader sees when the Markdown is rendered, on one line. */
export function markdownText(src: string): string {
  md ??= new MarkdownIt({ html: false, linkify: false, typographer: true });
  return collect(md.parseInline(src, {})).replace(/\s+/g, ' ').trim();
}

export { firstWords } from '../util/words.ts';
