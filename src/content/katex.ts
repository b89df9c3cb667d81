// One formula → HTML + MathML with KaTeX, at build time. The same function serves the renderer (markdown-it,
// src/content/math.ts) and the check before it (src/content/math-check.ts), so a formula is typeset once.
// KaTeX is loaded on the first formula: a deck without math never pays for it.
import { createRequire } from 'node:module';
import type Katex from 'katex';
import type { KatexOptions, TrustContext } from 'katex';

/** Hostile formulas stay inert: no links, images, classes, ids or styles (`trust`), bounded macro expansion
 * (`\def\a{\a\a}\a` stops) and bounded sizes (`\rule{1e6em}{1e6em}` is clamped). */
export const MAX_EXPAND = 1000;
export const MAX_SIZE_EM = 20;

export type MathResult = { html: string } | { error: string; position?: number; length?: number };

let katex: typeof Katex | undefined;
function load(): typeof Katex {
  // Synchronous on purpose: markdown-it's rules are synchronous. A created require (not the bundler's) so
  // the compiled CLI resolves the installed package at run time, and only when a formula appears.
  katex ??= createRequire(import.meta.url)('katex') as typeof Katex;
  return katex;
}

/** KaTeX's own version: part of any cache key that holds its output. */
export const katexVersion = () => load().version;

const cache = new Map<string, MathResult>();
const MAX_CACHE = 5000;

/** `\href`, `\includegraphics`, `\htmlClass`… are refused; the command is remembered to report it. */
function options(displayMode: boolean, refused: string[]): KatexOptions {
  return {
    displayMode,
    output: 'htmlAndMathml', // MathML for screen readers beside the visual HTML
    throwOnError: true,
    strict: 'ignore', // LaTeX-compatibility notes are not the author's problem; real errors still throw
    trust: (ctx: TrustContext) => { refused.push(ctx.command); return false; },
    maxExpand: MAX_EXPAND,
    maxSize: MAX_SIZE_EM,
    globalGroup: false, // \def and \gdef stay inside their formula
  };
}

/** Typesets `tex`; never throws for bad TeX (the error comes back with its offset in `tex` when KaTeX knows it). */
export function renderMath(tex: string, displayMode: boolean): MathResult {
  const key = `${displayMode ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const k = load();
  const refused: string[] = [];
  let result: MathResult;
  try {
    const html = k.renderToString(tex, options(displayMode, refused));
    result = refused.length
      ? { error: `${refused[0]} is not allowed in a formula (no links, images, classes or styles)`, position: commandAt(tex, refused[0]!) }
      : { html };
  } catch (e) {
    if (e instanceof k.ParseError) {
      result = { error: cleanMessage(e.rawMessage ?? e.message), position: e.position, length: e.length };
    } else if (e instanceof RangeError) { // a formula nested thousands of levels deep exhausts the stack
      result = { error: 'the formula is nested too deeply' };
    } else {
      throw e;
    }
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, result);
  return result;
}

/** "Undefined control sequence: \frc" — without KaTeX's "at position 2: …" echo of the formula. */
export function cleanMessage(message: string): string {
  message = message.replace(/[\0-\x08\x0b-\x1f]/g, (c) => JSON.stringify(c).slice(1, -1)); // a form feed from "\f" in YAML shows as \f
  if (/^Too many expansions/.test(message)) return `too many macro expansions (more than ${MAX_EXPAND}): does a macro call itself?`;
  return message.replace(/^KaTeX parse error: /, '').replace(/ at position \d+:[\s\S]*$/, '').replace(/ at end of input:[\s\S]*$/, ' (at the end of the formula)').trim();
}

function commandAt(tex: string, command: string): number | undefined {
  const i = tex.indexOf(command);
  return i === -1 ? undefined : i;
}
