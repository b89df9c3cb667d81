// Stage 4b — check math: every formula of every Markdown field is typeset before rendering, and each TeX
// error becomes a problem at the formula's own line and column — inside the YAML string (plain, quoted or
// block scalar), or inside the Markdown body file it came from. Every problem at once; rendering then
// reuses the typeset formulas (src/content/katex.ts caches them).
import { DeckError, type Problem } from '../errors.ts';
import { createMarkdown } from './markdown.ts';
import { lineIndex } from '../util/line-index.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import type { ResolvedDeck } from './resolve.ts';
import { renderMath } from './katex.ts';
import { fieldName } from '../util/schema-issues.ts';

/** Fields the layouts print as plain text (never through Markdown): a `$` there is never math. */
const PLAIN_FIELDS = new Set(['layout', 'id', 'class', 'background', 'transition', 'src', 'alt', 'lang', 'code', 'highlight',
  'icon', 'url', 'kicker', 'when', 'date', 'leftTitle', 'rightTitle', 'links']);
/** Deck-level fields rendered as Markdown (the footer and handout header show the title). */
const DECK_FIELDS = ['title', 'subtitle'] as const;

interface MathProblem { index: number; message: string }

/** TeX errors in one Markdown string: offset in the string and KaTeX's message. */
export function mathProblems(src: string, allowHtml: boolean): MathProblem[] {
  if (!src.includes('$')) return [];
  const text = src.includes('\r') ? src.replace(/\r\n?/g, '\n') : src; // markdown-it's own normalisation; lines stay put
  const out: MathProblem[] = [];
  for (const f of createMarkdown({ allowHtml }).formulas(text)) {
    const r = renderMath(f.tex, f.display);
    if ('error' in r) out.push({ index: f.offsetOf(Math.min(r.position ?? 0, f.tex.length)), message: r.error });
  }
  return out;
}

/** A `$` in deck.yaml, written as itself or as a double-quoted escape. */
const DOLLAR_IN_YAML = /\$|\\(x24|u0024|U00000024)/;

export function checkMath(deck: ResolvedDeck, parsed: ParsedYaml): void {
  // the common case, a deck without formulas, costs one scan of its text
  if (!DOLLAR_IN_YAML.test(parsed.text) && !deck.slides.some((s) => s.bodyFile && String((s.data as { body?: unknown }).body).includes('$'))) return;
  const problems: Problem[] = [];
  const inYaml = (path: PathKey[], value: string, label: string) => {
    for (const p of mathProblems(value, deck.allowHtml)) {
      const escapes = /[\0-\x08\x0b-\x1f]/.test(value); // "\frac" in double quotes: YAML read \f as a form feed
      problems.push({ ...parsed.locateIn(path, p.index), source: parsed.text, message: `${label}math: ${p.message}`,
        hint: escapes ? 'in a double-quoted YAML string a backslash starts an escape (\\f, \\n, \\t…): write the formula in single quotes or a block (|)' : undefined });
    }
  };
  for (const key of DECK_FIELDS) { const v = deck[key]; if (typeof v === 'string') inYaml([key], v, `${key}: `); }
  for (const slide of deck.slides) {
    const label = `slide ${slide.number} (${slide.layout}): `;
    walkMarkdown(slide.data, [], (value, rel) => {
      if (rel.length === 1 && rel[0] === 'body' && slide.bodyFile) {
        const pos = lineIndex(value).at;
        for (const p of mathProblems(value, deck.allowHtml)) {
          const { line, col } = pos(p.index);
          problems.push({ file: slide.bodyFile, line, column: col, source: value, message: `${label}body: math: ${p.message}` });
        }
        return;
      }
      inYaml([...slide.path, ...rel], value, `${label}${fieldName(rel)}: `);
    });
  }
  if (problems.length) throw new DeckError(problems);
}

/** Calls fn for every Markdown string holding a `$`; one path stack, copied only for those (2000 slides walk in a few ms). */
function walkMarkdown(v: unknown, p: PathKey[], fn: (s: string, p: PathKey[]) => void): void {
  if (typeof v === 'string') { if (v.includes('$')) fn(v, [...p]); return; }
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) { p.push(i); walkMarkdown(v[i], p, fn); p.pop(); }
    return;
  }
  for (const k in v) {
    if (PLAIN_FIELDS.has(k) || !Object.hasOwn(v, k)) continue;
    p.push(k); walkMarkdown((v as Record<string, unknown>)[k], p, fn); p.pop();
  }
}
