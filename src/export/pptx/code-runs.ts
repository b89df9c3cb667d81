// Code as coloured runs: highlight.js (the same build-time highlighter the deck uses, src/content/highlight.ts)
// classes map to theme colours as templates/styles/layouts.css paints them. One paragraph per source line. Pure.
import { highlightToHtml, parseLineSpec } from '../../content/highlight.ts';
import type { SchemeToken } from './palette.ts';

export interface CodeRun { text: string; color: SchemeToken; bold?: boolean; italic?: boolean }
export interface CodeLine { runs: CodeRun[]; marked: boolean; dimmed: boolean }

const CLASS_COLORS: Array<[RegExp, Omit<CodeRun, 'text'>]> = [
  [/\bhljs-(keyword|built_in|selector-tag)\b/, { color: 'accent' }],
  [/\bhljs-(string|attr|template-string)\b/, { color: 'accent-2' }],
  [/\bhljs-comment\b/, { color: 'muted', italic: true }],
  [/\bhljs-(number|literal)\b/, { color: 'link' }],
  [/\bhljs-title\b/, { color: 'text', bold: true }],
];

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

function styleOf(classes: string[]): Omit<CodeRun, 'text'> {
  for (let i = classes.length - 1; i >= 0; i--) {
    const hit = CLASS_COLORS.find(([re]) => re.test(classes[i]!));
    if (hit) return hit[1];
  }
  return { color: 'text' };
}

export function codeLines(code: string, lang: string, highlight?: string): CodeLine[] {
  const source = code.replace(/\n$/, '');
  const html = highlightToHtml(source, lang);
  const marked = parseLineSpec(highlight, source.split('\n').length);
  const lines: CodeRun[][] = [[]];
  const stack: string[] = [];
  for (const piece of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (piece.startsWith('<span')) { stack.push(/class="([^"]*)"/.exec(piece)![1]!); continue; }
    if (piece === '</span>') { stack.pop(); continue; }
    const style = styleOf(stack);
    unescape(piece).split('\n').forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines.at(-1)!.push({ text, ...style });
    });
  }
  return lines.map((runs, i) => ({ runs, marked: marked.has(i + 1), dimmed: marked.size > 0 && !marked.has(i + 1) }));
}
