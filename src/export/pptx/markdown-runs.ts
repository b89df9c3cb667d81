// Markdown → text runs, by walking markdown-it's tokens (no HTML in between): emphasis, code, links and
// strike-through become run properties; lists become paragraphs with a level; fences, tables and images
// become blocks of their own for the layout to place; math becomes runs (math-runs.ts), and `{width=…}` after
// an image is read as the deck reads it (markdown-it-attrs), not printed. Pure.
import MarkdownIt from 'markdown-it';
import { useImageAttrs } from '../../content/markdown-attrs.ts';
import { mathPlugin } from '../../content/math.ts';
import { formulaRuns as formula } from './math-runs.ts';

type Md = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Md['parse']>[number];

export interface Run { text: string; bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean; link?: string; br?: boolean; sup?: boolean; sub?: boolean }
export interface Para { kind: 'para'; runs: Run[]; level: number; bullet?: 'bullet' | 'number'; quote?: boolean; heading?: number; align?: 'center' }
export type Block =
  | Para
  | { kind: 'code'; code: string; lang: string }
  | { kind: 'table'; rows: Run[][][] }
  | { kind: 'image'; src: string; alt: string };

const parsers = new Map<string, Md>();
/** The deck's Markdown: math, and image attributes only where the text could hold them (as content/markdown.ts). */
function parser(allowHtml: boolean, src: string): Md {
  const attrs = src.includes('{');
  const key = `${allowHtml}${attrs}`;
  let md = parsers.get(key);
  if (!md) {
    parsers.set(key, (md = new MarkdownIt({ html: allowHtml, linkify: true, typographer: true }).use(mathPlugin)));
    if (attrs) useImageAttrs(md);
  }
  return md;
}


const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

/** Inline tokens → runs; images found inline are handed to `image`. */
function inlineRuns(children: Token[] | null, image?: (src: string, alt: string) => void): Run[] {
  const runs: Run[] = [];
  const state = { bold: 0, italic: 0, strike: 0, link: [] as string[] };
  const push = (text: string, extra: Partial<Run> = {}) => {
    if (!text && !extra.br) return;
    runs.push({
      text, ...(state.bold ? { bold: true } : {}), ...(state.italic ? { italic: true } : {}),
      ...(state.strike ? { strike: true } : {}), ...(state.link.length ? { link: state.link.at(-1) } : {}), ...extra,
    });
  };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text': push(t.content); break;
      case 'code_inline': push(t.content, { code: true }); break;
      case 'softbreak': push(' '); break;
      case 'hardbreak': push('', { br: true }); break;
      case 'strong_open': state.bold++; break;
      case 'strong_close': state.bold--; break;
      case 'em_open': state.italic++; break;
      case 'em_close': state.italic--; break;
      case 's_open': state.strike++; break;
      case 's_close': state.strike--; break;
      case 'link_open': state.link.push(String(t.attrGet('href') ?? '')); break;
      case 'link_close': state.link.pop(); break;
      case 'html_inline': push(stripTags(t.content)); break;
      case 'math_inline': for (const { text, ...props } of formula(t.content, t.markup)) push(text, props); break;
      case 'image': image?.(String(t.attrGet('src') ?? ''), t.content || stripTags(t.content)); break;
      default: if (t.content) push(t.content);
    }
  }
  return mergeRuns(runs);
}

/** Neighbouring runs with the same properties become one (fewer <a:r> elements). */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    const { text: _a, ...pa } = last ?? { text: '' };
    const { text: _b, ...pb } = r;
    if (last && !last.br && !r.br && JSON.stringify(pa) === JSON.stringify(pb)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** One line of Markdown (a title, a label) → runs. */
export function inlineMarkdown(src: string, allowHtml = false): Run[] {
  const md = parser(allowHtml, src);
  const [first] = md.parseInline(src, {});
  return inlineRuns(first?.children ?? null);
}

/** A Markdown text field → blocks, in order. */
export function markdownBlocks(src: string, allowHtml = false): Block[] {
  const tokens = parser(allowHtml, src).parse(src, {});
  const blocks: Block[] = [];
  const lists: Array<'bullet' | 'number'> = [];
  let quote = 0;
  let heading = 0;
  let itemStart = false;
  let table: Run[][][] | undefined;
  const images: Block[] = [];
  const onImage = (src: string, alt: string) => images.push({ kind: 'image', src, alt });
  for (const t of tokens) {
    switch (t.type) {
      case 'bullet_list_open': lists.push('bullet'); break;
      case 'ordered_list_open': lists.push('number'); break;
      case 'bullet_list_close': case 'ordered_list_close': lists.pop(); break;
      case 'list_item_open': itemStart = true; break;
      case 'blockquote_open': quote++; break;
      case 'blockquote_close': quote--; break;
      case 'heading_open': heading = Number(t.tag.slice(1)); break;
      case 'heading_close': heading = 0; break;
      case 'fence': case 'code_block': blocks.push({ kind: 'code', code: t.content.replace(/\n$/, ''), lang: t.info.trim().split(/\s+/)[0] || 'plaintext' }); break;
      case 'math_block': blocks.push({ kind: 'para', runs: formula(t.content, '$$'), level: 0, align: 'center' }); break;
      case 'html_block': { const text = stripTags(t.content).trim(); if (text) blocks.push({ kind: 'para', runs: [{ text }], level: 0 }); break; }
      case 'table_open': table = []; break;
      case 'tr_open': table?.push([]); break;
      case 'table_close': if (table) blocks.push({ kind: 'table', rows: table }); table = undefined; break;
      case 'inline': {
        if (table) { table.at(-1)?.push(inlineRuns(t.children, onImage)); break; }
        const runs = inlineRuns(t.children, onImage);
        if (runs.length) {
          const para: Para = { kind: 'para', runs, level: Math.max(0, lists.length - 1) };
          if (lists.length && itemStart) para.bullet = lists.at(-1);
          if (quote) para.quote = true;
          if (heading) para.heading = heading;
          blocks.push(para);
        }
        itemStart = false;
        blocks.push(...images.splice(0));
        break;
      }
      default: break;
    }
  }
  return blocks;
}

/** Markdown → plain text with paragraph breaks (speaker notes). */
export function plainText(src: string): string {
  return markdownBlocks(src).map((b) => {
    if (b.kind === 'para') return `${b.bullet ? `${'  '.repeat(b.level)}• ` : ''}${b.runs.map((r) => (r.br ? '\n' : r.text)).join('')}`;
    if (b.kind === 'code') return b.code;
    if (b.kind === 'table') return b.rows.map((row) => row.map((c) => c.map((r) => r.text).join('')).join('\t')).join('\n');
    return `[${b.alt}]`;
  }).join('\n\n');
}

/** The text of runs, without properties. */
export const runsText = (runs: Run[]) => runs.map((r) => (r.br ? ' ' : r.text)).join('');
