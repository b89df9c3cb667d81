// Math in Markdown: `$…$` inline, `$$…$$` display (a block of its own lines, or inside a line), typeset by
// KaTeX at build time (src/content/katex.ts). A markdown-it plugin of our own rather than a package: see
// docs/math.md. The `$` rules are Pandoc's, so prices stay text:
//   - the opening `$` is followed by a non-space, the closing `$` preceded by one and not followed by a digit;
//   - the closing `$` is the next unescaped `$`: if that one cannot close, the opening `$` is plain text;
//   - `\$` is a dollar sign (markdown-it's escape rule), inside a formula too.
import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline, Token } from 'markdown-it';
import { escapeHtml } from '../util/html.ts';
import { renderMath } from './katex.ts';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Is the character at `i` escaped by an odd number of backslashes? */
function escaped(src: string, i: number): boolean {
  let n = 0;
  while (i - 1 - n >= 0 && src.charCodeAt(i - 1 - n) === BACKSLASH) n++;
  return n % 2 === 1;
}

/** Index of the next unescaped `delim` at or after `from`, or -1. */
export function closingDelimiter(src: string, from: number, delim: '$' | '$$'): number {
  for (let i = src.indexOf(delim, from); i !== -1; i = src.indexOf(delim, i + 1)) if (!escaped(src, i)) return i;
  return -1;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== DOLLAR || escaped(src, pos)) return false;
  if (src.charCodeAt(pos + 1) === DOLLAR) { // $$…$$ inside a line: display math
    const end = closingDelimiter(src, pos + 2, '$$');
    if (end === -1 || !src.slice(pos + 2, end).trim()) return false;
    if (!silent) push(state, '$$', src.slice(pos + 2, end));
    state.pos = end + 2;
    return true;
  }
  const next = src.charCodeAt(pos + 1);
  if (Number.isNaN(next) || isSpace(next)) return false;
  const end = closingDelimiter(src, pos + 1, '$');
  if (end === -1 || isSpace(src.charCodeAt(end - 1)) || isDigit(src.charCodeAt(end + 1))) return false;
  if (!silent) push(state, '$', src.slice(pos + 1, end));
  state.pos = end + 1;
  return true;
}

function push(state: StateInline, markup: string, content: string): void {
  const token = state.push('math_inline', 'math', 0);
  token.markup = markup;
  token.content = content;
}

/** `$$` opening a line, up to a line ending with `$$` (the same line or a later one). */
function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const { src } = state;
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !src.startsWith('$$', start)) return false;
  const first = src.slice(start + 2, max);
  const closesAt = (line: string) => { const t = line.trimEnd(); return t.endsWith('$$') && !escaped(t, t.length - 2) ? t.length - 2 : -1; };
  let last = startLine;
  let content: string;
  const close = closingDelimiter(first, 0, '$$');
  if (close !== -1) { // closed on its own line: a block only if nothing follows (`$$a$$ and $$b$$` is text with two formulas)
    if (first.slice(close + 2).trim()) return false;
    content = first.slice(0, close);
  } else {
    const lines = [first];
    for (last = startLine + 1; ; last++) {
      if (last >= endLine) return false; // never closed: not a block (the text stays as written)
      const line = src.slice(state.bMarks[last]! + state.tShift[last]!, state.eMarks[last]);
      if (state.sCount[last]! < state.blkIndent && line.trim()) return false; // the enclosing block ended
      const close = closesAt(line);
      if (close !== -1) { lines.push(line.slice(0, close)); break; }
      lines.push(line);
    }
    content = lines.join('\n');
  }
  if (!content.trim()) return false;
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.markup = '$$';
  token.content = content;
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}

function renderToken(tokens: Token[], idx: number): string {
  const t = tokens[idx]!;
  const display = t.markup === '$$';
  const r = renderMath(t.content, display);
  // Every Markdown field is checked before rendering (math-check.ts); this shows a formula that was not,
  // as its source, marked — never as a half-rendered formula.
  const html = 'html' in r ? r.html : `<code class="math-error" title="${escapeHtml(r.error)}">${escapeHtml(t.markup + t.content + t.markup)}</code>`;
  return t.type === 'math_block' ? `<div class="math-block">${html}</div>\n` : html;
}

export function mathPlugin(md: InstanceType<typeof MarkdownIt>): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.math_inline = renderToken;
  md.renderer.rules.math_block = renderToken;
}

export interface Formula {
  tex: string;
  display: boolean;
  /** offset in the (newline-normalised) Markdown source of character `p` of `tex` */
  offsetOf(p: number): number;
}

/** Every formula markdown-it finds in `src`, with a way back to the source: what the check reports errors by.
 * Inline tokens carry no offsets, so each formula is found again in the text after its block's first line. */
export function findFormulas(md: InstanceType<typeof MarkdownIt>, src: string): Formula[] {
  if (!src.includes('$')) return [];
  const starts = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => { let l = 0; while (l + 1 < starts.length && starts[l + 1]! <= offset) l++; return l; };
  const out: Formula[] = [];
  let hint = 0;
  let cursor = 0;
  const visit = (t: Token) => {
    if (t.map) hint = starts[Math.min(t.map[0], starts.length - 1)]!;
    if (t.type === 'math_block' || t.type === 'math_inline') {
      const from = Math.max(hint, cursor);
      let at = src.indexOf(t.markup + t.content, from);
      if (at === -1) at = src.indexOf(t.markup + t.content.split('\n')[0], from);
      if (at === -1) at = from;
      cursor = at + 1;
      const texStart = at + t.markup.length;
      const lines = t.content.split('\n');
      out.push({
        tex: t.content, display: t.markup === '$$',
        offsetOf(p) { // lines after the first may have lost indentation or a list's marker room: find each again
          const k = t.content.slice(0, p).split('\n').length - 1;
          if (k === 0) return texStart + p;
          const line = lineOf(texStart) + k;
          if (line >= starts.length) return texStart;
          const col = p - (t.content.lastIndexOf('\n', p - 1) + 1);
          const shift = lines[k] ? src.slice(starts[line], starts[line + 1] ?? src.length).indexOf(lines[k]!) : 0;
          return starts[line]! + Math.max(0, shift) + col;
        },
      });
    }
    t.children?.forEach(visit);
  };
  md.parse(src, {}).forEach(visit);
  return out;
}
