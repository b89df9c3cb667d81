// KaTeX's stylesheet and fonts for a built site: only when the slides hold a formula, and only the font
// faces those formulas use. Which faces: KaTeX marks each glyph run with classes (`mathnormal`, `mathbf`,
// `delimsizing size2`…) that its own stylesheet maps to a family, weight and style; a face is kept when
// every class of such a rule occurs in the slides (KaTeX_Main, the base face, always). The stylesheet is
// KaTeX's, parsed with postcss: unused @font-face rules dropped, each `src` cut to its woff2 file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface KatexAssets {
  css: string;
  /** font file name (KaTeX_Main-Regular.woff2) → absolute source path */
  fonts: Record<string, string>;
}

interface Face { family: string; weight: string; style: string; file: string; display: string }
/** KaTeX's stylesheet, read once: its font faces, the rules that pick a face, and everything but the faces as text. */
interface Parsed { faces: Face[]; rules: { classes: string[]; family?: string; weight?: string; style?: string }[]; rest: string; version: string }

const weightOf = (w?: string) => (w === 'bold' || w === '700' ? 'bold' : 'normal');
const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, '');
const key = (family: string, weight: string, style: string) => `${family}|${weight}|${style}`;

let parsed: Promise<Parsed> | undefined;
export const katexDist = () => path.join(path.dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');

async function parseKatexCss(): Promise<Parsed> {
  const { default: postcss } = await import('postcss');
  const root = postcss.parse(readFileSync(path.join(katexDist(), 'katex.css'), 'utf8'));
  const faces: Face[] = [];
  root.walkAtRules('font-face', (at) => {
    const get = (prop: string) => { let v: string | undefined; at.walkDecls(prop, (d) => { v = d.value; }); return v; };
    const file = /url\(([^)]+\.woff2)\)/.exec(get('src') ?? '')?.[1];
    if (file) faces.push({ family: unquote(get('font-family') ?? ''), weight: weightOf(get('font-weight')), style: get('font-style') ?? 'normal', file: path.basename(unquote(file)), display: get('font-display') ?? 'block' });
    at.remove();
  });
  const rules: Parsed['rules'] = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule') return;
    let family: string | undefined;
    let weight: string | undefined;
    let style: string | undefined;
    rule.walkDecls((d) => {
      if (d.prop === 'font-family') family = unquote(d.value.split(',')[0]!);
      if (d.prop === 'font-weight') weight = weightOf(d.value);
      if (d.prop === 'font-style') style = d.value;
    });
    if (!family && !weight && !style) return;
    for (const sel of rule.selectors) rules.push({ classes: (sel.match(/\.[\w-]+/g) ?? []).map((c) => c.slice(1)).filter((c) => c !== 'katex'), family, weight, style });
  });
  const version = (JSON.parse(readFileSync(path.join(katexDist(), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return { faces, rules, rest: root.toString().trim(), version };
}

/** Class names used anywhere in `html`. */
function classesIn(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/class="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) out.add(c);
  return out;
}

/**
 * The stylesheet and fonts for `html` (the site's slides), or undefined when it holds no formula.
 * `all`: every face (the dev server: a formula typed later needs no new stylesheet; browsers fetch a face
 * only when a glyph needs it). `fontUrl` maps a font file to the URL the stylesheet uses.
 */
export async function katexAssets(html: string, o: { all?: boolean; fontUrl?: (file: string) => string } = {}): Promise<KatexAssets | undefined> {
  if (!o.all && !html.includes('class="katex"')) return undefined;
  const { faces, rules, rest, version } = await (parsed ??= parseKatexCss());
  const used = classesIn(html);
  const wanted = new Set<string>([key('KaTeX_Main', 'normal', 'normal')]);
  const families = new Set<string>(['KaTeX_Main']);
  for (const r of rules) {
    if (!r.family || !r.classes.length || !r.classes.every((c) => used.has(c))) continue;
    wanted.add(key(r.family, r.weight ?? 'normal', r.style ?? 'normal'));
    families.add(r.family);
  }
  // \textbf and \textit change the weight or style of whatever family they wrap
  const bold = used.has('textbf');
  const italic = used.has('textit');
  for (const f of faces) {
    if (!families.has(f.family)) continue;
    if ((bold && f.weight === 'bold' && f.style === 'normal') || (italic && f.style === 'italic' && f.weight === 'normal') || (bold && italic)) wanted.add(key(f.family, f.weight, f.style));
  }
  const keep = faces.filter((f) => o.all || wanted.has(key(f.family, f.weight, f.style)));
  const url = o.fontUrl ?? ((file: string) => `fonts/${file}`);
  const rulesCss = keep.map((f) => `@font-face {\n  font-family: "${f.family}"; font-weight: ${f.weight}; font-style: ${f.style}; font-display: ${f.display};\n  src: url(${url(f.file)}) format("woff2");\n}`);
  const fonts = Object.fromEntries(keep.map((f) => [f.file, path.join(katexDist(), 'fonts', f.file)]));
  return { css: `/* KaTeX ${version} stylesheet; font faces: ${keep.map((f) => f.file).join(', ')} */\n${rulesCss.join('\n')}\n${rest}\n`, fonts };
}
