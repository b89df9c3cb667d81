// Syntax highlighting at build time (highlight.js in Node), so the deck ships no highlighter and PDFs
// need no script. Output is split into one <span class="line"> per source line so that `highlight: "2-4"`
// can emphasise lines even when a token (a block comment, a string) spans several of them.
import { escapeHtml } from '../util/html.ts';
import hljs from 'highlight.js/lib/common';


export function highlightToHtml(code: string, lang: string): string {
  const language = hljs.getLanguage(lang) ? lang : undefined;
  return language ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
}

/** "2-4,7" → {2,3,4,7} */
/** "2-4,7" → {2,3,4,7}, limited to the code's `lines` (the schema reports lines past the end). */
export function parseLineSpec(spec: string | undefined, lines = Number.MAX_SAFE_INTEGER): Set<number> {
  const picked = new Set<number>();
  for (const part of (spec ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    for (let n = a; n <= Math.min(b ?? a, lines); n++) picked.add(n);
  }
  return picked;
}

/** Highlighted HTML split into balanced per-line spans; open token spans are closed and reopened at each newline. */
export function highlightLines(code: string, lang: string, emphasis?: string): string {
  const html = highlightToHtml(code.replace(/\n$/, ''), lang);
  const marked = parseLineSpec(emphasis, code.split('\n').length);
  const out: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const piece of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (piece === '\n') {
      out.push(current + '</span>'.repeat(open.length));
      current = open.join('');
    } else {
      if (piece.startsWith('<span')) open.push(piece);
      else if (piece === '</span>') open.pop();
      current += piece;
    }
  }
  out.push(current);
  return out.map((line, i) => {
    const cls = marked.size ? (marked.has(i + 1) ? 'line is-marked' : 'line is-dimmed') : 'line';
    return `<span class="${cls}">${line || ' '}</span>`;
  }).join('\n');
}
