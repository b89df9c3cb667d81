// A slide's `style: |` — author CSS for that slide only. Parsed with postcss (a syntax error is reported at
// its line), every selector scoped to the slide, url()s checked by the caller (offline rule), and nothing that
// could leave the slide: no @import, no @font-face/@page/@namespace, no `</style>`. Pure: no I/O.
import type { AtRule, Root, Rule } from 'postcss';
import type Postcss from 'postcss';
import { lazy } from '../util/lazy.ts';

const postcss = lazy<typeof Postcss>('postcss');

export interface StyleProblem { message: string; hint?: string; line: number; column: number }
export interface ScopedStyle { css?: string; urls: { url: string; line: number; column: number }[]; problems: StyleProblem[] }

/** At-rules that keep their content inside the slide once the rules in them are scoped. */
const ALLOWED_AT = new Set(['media', 'supports', 'container', 'keyframes', '-webkit-keyframes', 'layer']);
const URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi;

/** `.x` → `SCOPE .x`; `:scope`, `&` and `section` (the slide itself) → SCOPE; page-wide selectors refused. */
export function scopeSelector(selector: string, scope: string): string {
  const s = selector.trim();
  if (/^(:scope|&|section)(?![\w-])/.test(s)) return s.replace(/^(:scope|&|section)/, scope);
  return `${scope} ${s}`;
}

export function scopeSlideCss(css: string, scope: string): ScopedStyle {
  const problems: StyleProblem[] = [];
  const urls: ScopedStyle['urls'] = [];
  if (/<\/?style|<!--|-->/i.test(css)) {
    const before = css.slice(0, css.search(/<\/?style|<!--|-->/i));
    return { urls, problems: [{ message: 'HTML markup is not CSS', hint: 'write only CSS rules here', line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }] };
  }
  let root: Root;
  try {
    root = postcss().parse(css);
  } catch (e) {
    const err = e as { reason?: string; message: string; line?: number; column?: number };
    return { urls, problems: [{ message: `CSS: ${err.reason ?? err.message}`, line: err.line ?? 1, column: err.column ?? 1 }] };
  }
  const at = (n: { source?: { start?: { line: number; column: number } } }) => ({ line: n.source?.start?.line ?? 1, column: n.source?.start?.column ?? 1 });
  root.walkAtRules((rule: AtRule) => {
    if (!ALLOWED_AT.has(rule.name.toLowerCase())) {
      problems.push({ ...at(rule), message: `CSS: @${rule.name} is not allowed in a slide's style`,
        hint: `allowed: ${[...ALLOWED_AT].filter((a) => !a.startsWith('-')).map((a) => `@${a}`).join(', ')}; themes set fonts and page-wide styles` });
    }
  });
  root.walkRules((rule: Rule) => {
    const parent = rule.parent as AtRule | undefined;
    if (parent?.type === 'atrule' && /keyframes$/i.test(parent.name)) return; // "from", "50%"
    rule.selectors = rule.selectors.map((sel) => scopeSelector(sel, scope));
  });
  root.walkDecls((decl) => {
    for (const m of decl.value.matchAll(URL)) {
      const url = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (url) urls.push({ url, ...at(decl) });
    }
    if (/expression\s*\(|javascript:/i.test(decl.value)) problems.push({ ...at(decl), message: `CSS: ${decl.prop} runs script, which is not allowed` });
  });
  return { css: problems.length ? undefined : root.toString(), urls, problems };
}
