// A deck's theme, resolved: the chain of layers (built-in, extended as far as `extends:` goes → the deck's
// own theme/ folder → the inline `theme: { … }` of deck.yaml) merged token by token, then checked: every
// colour and font set, fonts installed, logo inside its folder, theme.css offline, contrast computed.
// Every problem carries the file:line:col of the layer that wrote the token.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/load.ts';
import { isExternalUrl } from '../content/markdown.ts';
import type { ParsedYaml, PathKey } from '../content/parse.ts';
import { didYouMean } from '../content/suggest.ts';
import { salvage } from '../content/salvage.ts';
import { collectIssues } from '../content/validate.ts';
import { DeckError, type Problem } from '../errors.ts';
import { Problems } from '../problems.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { checkContrast, formatRatio, AA_TEXT, type ContrastResult } from './contrast.ts';
import { themeRules, themeVars, varsBlock, type LogoBox } from './css.ts';
import { cssString, facesFor, fontFaceCss, fontFaces, fontSitePath, fontStack, installedFonts, type FontFace } from './fonts.ts';
import { loadThemeFile, type ThemeFile } from './load.ts';
import {
  DEFAULT_TOKENS, FONT_ROLES, REQUIRED_COLORS, themeSchema,
  type ColorToken, type FontRole, type ThemeInput, type ThemeTokens,
} from './schema.ts';
import { DECK_THEME_DIR, DEFAULT_THEME, THEME_FILE, themeDir, themeNames } from './themes.ts';

export type LayerKind = 'builtin' | 'local' | 'inline';

export interface Layer {
  name: string;
  kind: LayerKind;
  /** relative paths (logo, theme.css urls) resolve here */
  dir: string;
  /** files the layer names must stay inside this folder */
  root: string;
  parsed: ParsedYaml;
  /** where the theme mapping sits in `parsed`: [] for theme.yaml, ['theme'] for deck.yaml */
  at: PathKey[];
  data: ThemeInput;
  css?: ThemeFile['css'];
}

export interface Theme {
  /** what to call it in messages: "pytorch", "workshop + slides/talk/theme", … */
  name: string;
  /** the built-in theme the deck builds on (the last built-in of the chain) */
  base: string;
  /** a deck's theme/ folder or an inline theme sits on top of the built-in */
  custom: boolean;
  description?: string;
  tokens: ThemeTokens;
  /** font-family value of each role: the bundled family, then its generic fallback */
  stacks: Record<FontRole, string>;
  faces: FontFace[];
  logo?: LogoBox & { file: string; site: string };
  /** site path → absolute source: font files, the logo, files theme.css points at */
  files: Record<string, string>;
  /** each layer's theme.css; `url` turns a site path into the URL the stylesheet uses */
  extraCss: Array<(url: (site: string) => string) => string>;
  contrast: ContrastResult[];
  /** contrast below AA, as problems at the token that set the colour (warnings; errors with --strict) */
  warnings: Problem[];
}

export interface ThemeOptions {
  templatesDir?: string;
  /** site folder for the logo and theme.css assets (fonts always go to podium/fonts/) */
  assetDir?: string;
}

interface Origin { layer: Layer; path: PathKey[] }

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function problemAt(layer: Layer, p: PathKey[], message: string, hint?: string, key = false): Problem {
  return { ...layer.parsed.locate([...layer.at, ...p], { key }), message, hint, source: layer.parsed.text };
}

/** A theme.yaml as a layer; its problems (YAML, unknown tokens, bad values) join `problems`. */
function fileLayer(dir: string, name: string, kind: LayerKind, root: string, problems: Problem[]): Layer | undefined {
  let file: ThemeFile;
  try {
    file = loadThemeFile(dir);
  } catch (e) {
    if (e instanceof DeckError) { problems.push(...e.problems); return undefined; }
    throw e;
  }
  const { parsed } = file;
  const raw = parsed.data ?? {};
  const report = (p: PathKey[], message: string, hint?: string, key = false) =>
    problems.push({ ...parsed.locate(p, { key }), message, hint, source: parsed.text });
  if (!isMapping(raw)) { report([], `${THEME_FILE} must be a mapping of tokens (colors, fonts, type, …)`, 'start from `podium theme new <name>`'); return undefined; }
  const result = themeSchema.safeParse(raw);
  if (!result.success) {
    const found: Problem[] = [];
    collectIssues(result.error.issues, [], raw, themeSchema, '', (p, message, hint, key = false) =>
      found.push({ ...parsed.locate(p, { key }), message, hint, source: parsed.text }));
    problems.push(...found.sort((a, b) => a.line! - b.line! || a.column! - b.column!));
    // The tokens that are fine are still checked (fonts, logo, theme.css): a typo must not hide another problem.
    const data = salvage(themeSchema, raw);
    return data && { name, kind, dir, root, parsed, at: [], data, css: file.css };
  }
  return { name, kind, dir, root, parsed, at: [], data: result.data, css: file.css };
}

/** A built-in theme and everything it extends, root first. */
function builtinChain(name: string, o: Required<Pick<ThemeOptions, 'templatesDir'>>, problems: Problem[], seen: Layer[] = []): Layer[] | undefined {
  const dir = themeDir(name, o.templatesDir);
  const layer = fileLayer(dir, name, 'builtin', dir, problems);
  if (!layer) return undefined;
  const parent = layer.data.extends;
  if (!parent) return [layer];
  const chain = [...seen.map((l) => l.name), name];
  if (chain.includes(parent)) {
    problems.push(problemAt(layer, ['extends'], `extends: "${parent}" makes a cycle: ${[...chain, parent].join(' → ')}`, 'a theme may not extend itself, directly or through others'));
    return undefined;
  }
  const known = themeNames(o.templatesDir);
  if (!known.includes(parent)) {
    problems.push(problemAt(layer, ['extends'], `extends: unknown theme "${parent}"${didYouMean(parent, known)}`, `known themes: ${known.join(', ')}`));
    return undefined;
  }
  const up = builtinChain(parent, o, problems, [...seen, layer]);
  return up && [...up, layer];
}

/** Merge layers token by token; remember which layer set each token, for messages. */
type Merged = Omit<ThemeTokens, 'colors' | 'fonts' | 'logo'> & {
  colors: Partial<Record<ColorToken, string>>; fonts: Partial<Record<FontRole, string>>; logo?: Partial<NonNullable<ThemeTokens['logo']>>;
};

function merge(layers: readonly Layer[]): { tokens: Merged; origin: Map<string, Origin>; description?: string } {
  const t: Merged = {
    colors: { ...DEFAULT_TOKENS.colors } as Partial<Record<ColorToken, string>>,
    fonts: {} as Partial<Record<FontRole, string>>,
    type: { ...DEFAULT_TOKENS.type },
    spacing: { ...DEFAULT_TOKENS.spacing },
    radius: DEFAULT_TOKENS.radius,
    slideNumber: { ...DEFAULT_TOKENS.slideNumber },
  };
  const origin = new Map<string, Origin>();
  let description: string | undefined;
  for (const layer of layers) {
    const d = layer.data;
    const set = (key: string, p: PathKey[]) => origin.set(key, { layer, path: p });
    if (d.description !== undefined) description = d.description;
    for (const group of ['colors', 'fonts', 'type', 'spacing'] as const) {
      for (const [k, v] of Object.entries(d[group] ?? {})) {
        if (v === undefined) continue;
        (t[group] as Record<string, unknown>)[k] = v;
        set(`${group}.${k}`, [group, k]);
      }
    }
    if (d.radius !== undefined) { t.radius = d.radius; set('radius', ['radius']); }
    if (d.footer !== undefined) { t.footer = d.footer; set('footer', ['footer']); }
    if (d.transition !== undefined) { t.transition = d.transition; set('transition', ['transition']); }
    if (d.logo === false) { t.logo = undefined; origin.delete('logo.src'); }
    else if (typeof d.logo === 'string') { t.logo = { ...t.logo, src: d.logo }; set('logo.src', ['logo']); }
    else if (d.logo) {
      t.logo = { ...t.logo, ...Object.fromEntries(Object.entries(d.logo).filter(([, v]) => v !== undefined)) };
      set('logo.src', ['logo', 'src']);
    }
    const sn = d['slide-number'];
    if (sn !== undefined) {
      if (typeof sn === 'object' && sn !== null) {
        if (sn.format !== undefined) t.slideNumber.format = sn.format;
        if (sn.style !== undefined) t.slideNumber.style = sn.style;
      } else t.slideNumber.format = sn;
      set('slide-number', ['slide-number']);
    }
  }
  return { tokens: t, origin, description };
}

/** Width/height of an image file, read from its header (SVG, PNG, JPEG, GIF, WebP); 3:1 when unknown. */
export function imageAspect(file: string): number {
  try {
    const ratio = headerAspect(readFileSync(file), path.extname(file).toLowerCase());
    return Number.isFinite(ratio) && ratio > 0 ? ratio : 3;
  } catch {
    return 3; // a truncated header: the browser will show what it can
  }
}

function headerAspect(buf: Buffer, ext: string): number {
  if (ext === '.svg') {
    const head = buf.subarray(0, 4096).toString('utf8');
    const tag = /<svg\b[^>]*>/i.exec(head)?.[0] ?? '';
    const num = (a: string) => parseFloat(new RegExp(`\\b${a}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i').exec(tag)?.[1] ?? '');
    const vb = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(tag);
    const [w, h] = vb ? [Number(vb[1]), Number(vb[2])] : [num('width'), num('height')];
    return w > 0 && h > 0 ? w / h : 3;
  }
  if (buf.subarray(1, 4).toString('latin1') === 'PNG') return buf.readUInt32BE(16) / buf.readUInt32BE(20);
  if (buf.subarray(0, 3).toString('latin1') === 'GIF') return buf.readUInt16LE(6) / buf.readUInt16LE(8);
  if (buf.subarray(8, 12).toString('latin1') === 'WEBP' && buf.subarray(12, 16).toString('latin1') === 'VP8X') {
    return (buf.readUIntLE(24, 3) + 1) / (buf.readUIntLE(27, 3) + 1);
  }
  if (buf[0] === 0xff && buf[1] === 0xd8) {
    for (let i = 2; i + 9 < buf.length;) {
      if (buf[i] !== 0xff) break;
      const marker = buf[i + 1]!;
      const len = buf.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return buf.readUInt16BE(i + 7) / buf.readUInt16BE(i + 5);
      i += 2 + len;
    }
  }
  return 3;
}

const IMAGE = /\.(svg|png|jpe?g|gif|webp|avif)$/i;

/** `ref` (as a layer wrote it) → an existing file inside the layer's root, or a problem. */
function localFile(ref: string, layer: Layer, report: (message: string, hint?: string) => void): string | undefined {
  if (isExternalUrl(ref)) { report(`"${ref}" is a remote URL; the deck must work offline`, 'put the file next to the theme and reference it relatively'); return; }
  if (path.isAbsolute(ref)) { report(`"${ref}" is an absolute path`, `use a path relative to ${displayPath(layer.dir)}`); return; }
  const abs = path.resolve(layer.dir, ref);
  if (!existsSync(abs) || !statSync(abs).isFile()) { report(`file not found: ${displayPath(abs)}`); return; }
  const real = realpathSync(abs);
  const root = realpathSync(layer.root);
  if (!real.startsWith(root + path.sep)) { report(`"${ref}" points outside ${displayPath(root)}`, 'keep theme files inside the theme (or deck) folder'); return; }
  return real;
}

/** theme.css with its relative url()s checked, listed for copying and pointed at their site paths. */
function layerCss(layer: Layer, assetDir: string, files: Record<string, string>, problems: Problem[]): Theme['extraCss'][number] | undefined {
  const css = layer.css;
  if (!css) return undefined;
  const urls: Array<{ start: number; end: number; site: string }> = [];
  const at = (offset: number) => {
    const before = css.text.slice(0, offset).split('\n');
    return { file: css.displayFile, line: before.length, column: before.at(-1)!.length + 1, source: css.text };
  };
  for (const m of css.text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
    const ref = m[2]!.trim();
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) continue;
    const report = (message: string, hint?: string) => problems.push({ ...at(m.index!), message: `theme.css: ${message}`, hint });
    const real = localFile(ref.split(/[?#]/)[0]!, layer, report);
    if (!real) continue;
    const site = `${assetDir}/theme-assets/${layer.name}/${path.relative(realpathSync(layer.dir), real).split(path.sep).join('/')}`;
    files[site] = real;
    urls.push({ start: m.index!, end: m.index! + m[0].length, site });
  }
  return (url) => {
    let out = '';
    let last = 0;
    for (const u of urls) { out += `${css.text.slice(last, u.start)}url(${cssString(url(u.site))})`; last = u.end; }
    return `/* ${css.displayFile} */\n${out}${css.text.slice(last)}`;
  };
}

/** Merge and check a chain of layers (root first), adding every problem to `problems`; the Theme is usable only when none was added. */
function checkLayers(layers: Layer[], o: ThemeOptions, problems: Problem[]): Theme {
  const assetDir = o.assetDir ?? 'podium';
  const { tokens: t, origin, description } = merge(layers);
  const top = layers.at(-1)!;
  const base = layers.filter((l) => l.kind === 'builtin').at(-1)!.name;
  const custom = layers.some((l) => l.kind !== 'builtin');
  const name = base + layers.filter((l) => l.kind !== 'builtin').map((l) => (l.kind === 'inline' ? ' + deck.yaml theme' : ` + ${displayPath(l.dir)}`)).join('');
  const where = (key: string, fallback: PathKey[] = []): Problem & { source?: string } => {
    const o2 = origin.get(key);
    return o2 ? problemAt(o2.layer, o2.path, '') : problemAt(top, fallback, '');
  };

  const missing = [...REQUIRED_COLORS.filter((c) => !t.colors[c]).map((c) => `colors.${c}`), ...FONT_ROLES.filter((f) => !t.fonts[f]).map((f) => `fonts.${f}`)];
  if (missing.length) {
    problems.push(problemAt(top, [], `theme "${name}" does not set ${missing.join(', ')}`,
      `a theme that extends nothing sets every colour and font; add \`extends: ${DEFAULT_THEME}\` to start from a complete theme`));
  }

  // fonts: each family must be an installed @fontsource package
  const installed = installedFonts();
  const families = [...installed.values()].map((f) => f.family).sort();
  const stacks = {} as Record<FontRole, string>;
  const wanted = new Map<string, { pkg: NonNullable<ReturnType<typeof installed.get>>; faces: Array<[number, 'normal' | 'italic']> }>();
  for (const role of FONT_ROLES) {
    const family = t.fonts[role];
    if (!family) continue;
    const pkg = installed.get(family.toLowerCase());
    if (!pkg) {
      const slug = family.toLowerCase().trim().replace(/\s+/g, '-');
      problems.push({ ...where(`fonts.${role}`), message: `fonts.${role}: font "${family}" is not installed${didYouMean(family, families)}`,
        hint: `fonts are bundled, never fetched: \`npm install @fontsource/${slug}\` if that package exists, or use one of: ${families.join(', ')}` });
      continue;
    }
    stacks[role] = fontStack(pkg);
    const entry = wanted.get(pkg.family) ?? { pkg, faces: [] };
    entry.faces.push(...facesFor(role, t.type['heading-weight']));
    wanted.set(pkg.family, entry);
  }
  const faces = [...wanted.values()].flatMap(({ pkg, faces: f }) => fontFaces(pkg, f));
  const files: Record<string, string> = Object.fromEntries(faces.map((f) => [fontSitePath(f), f.file]));

  // logo: an image inside the folder of the layer that named it
  let logo: Theme['logo'];
  if (t.logo?.src) {
    const o2 = origin.get('logo.src')!;
    const report = (message: string, hint?: string) => problems.push({ ...problemAt(o2.layer, o2.path, ''), message: `logo: ${message}`, hint });
    if (!IMAGE.test(t.logo.src.split(/[?#]/)[0]!)) report(`"${t.logo.src}" is not an image (svg, png, jpg, gif, webp or avif)`);
    else {
      const file = localFile(t.logo.src, o2.layer, report);
      if (file) {
        const height = t.logo.height ?? 48;
        const site = `${assetDir}/logo${path.extname(file).toLowerCase()}`;
        logo = { file, site, height, width: Math.round(height * imageAspect(file)) };
        files[site] = file;
      }
    }
  }
  const extraCss = layers.map((l) => layerCss(l, assetDir, files, problems)).filter((c) => c !== undefined);

  const tokens: ThemeTokens = {
    ...t,
    colors: t.colors as Record<ColorToken, string>,
    fonts: t.fonts as Record<FontRole, string>,
    logo: t.logo?.src ? { src: t.logo.src, position: t.logo.position ?? 'top-right', height: t.logo.height ?? 48 } : undefined,
  } as ThemeTokens;
  const contrast = REQUIRED_COLORS.every((c) => t.colors[c]) ? checkContrast(tokens.colors) : []; // else reported above
  const warnings = contrast.filter((c) => !c.ok).map((c): Problem => {
    // point at whichever of the two colours was set last: that is the one the author just chose
    const [fg, bg] = [origin.get(`colors.${c.fg}`), origin.get(`colors.${c.bg}`)];
    const later = !fg ? bg : !bg ? fg : layers.indexOf(bg.layer) > layers.indexOf(fg.layer) ? bg : fg;
    const pos = later ? problemAt(later.layer, later.path, '') : problemAt(top, [], '');
    return { ...pos, message: `contrast: ${c.fg} ${tokens.colors[c.fg]} on ${c.bg} ${tokens.colors[c.bg]} is ${formatRatio(c.ratio)}, below ${AA_TEXT}:1 (WCAG AA) for ${c.what}`,
      hint: `make colors.${c.fg} or colors.${c.bg} lighter or darker; \`--strict\` turns this warning into an error` };
  });
  return { name, base, custom, description, tokens, stacks, faces, logo, files, extraCss, contrast, warnings };
}

/** A theme under templates/themes/ by name, with everything it extends. */
export function resolveBuiltinTheme(name: string, o: ThemeOptions = {}): Theme {
  const problems: Problem[] = [];
  const chain = builtinChain(name, { templatesDir: o.templatesDir ?? TEMPLATES_DIR }, problems);
  const theme = chain && checkLayers(chain, o, problems);
  if (problems.length || !theme) throw new DeckError(problems);
  return theme;
}

/** The theme of a deck (see checkDeckTheme), or a DeckError with every problem of its deck.yaml `theme:` layers and files. */
export function resolveDeckTheme(parsed: ParsedYaml, deckDir: string, o: ThemeOptions = {}): Theme {
  const problems = new Problems();
  const theme = checkDeckTheme(parsed, deckDir, problems, o);
  problems.throwIfAny(parsed.file);
  return theme!;
}

/**
 * The theme of a deck: `theme:` in deck.yaml (a name or an inline mapping) on top of the deck's own
 * theme/ folder on top of a built-in. Every problem of the theme folder and the chain joins `problems`,
 * and checking goes on past each one (a misspelt `extends:` still has the fonts checked, on the default
 * base). The shape of deck.yaml's `theme:` and an unknown theme name there are validateDeck's to report:
 * here such a value names no base, and only the valid part of an inline theme is checked.
 * Undefined only when no built-in theme could be read (reported).
 */
export function checkDeckTheme(parsed: ParsedYaml, deckDir: string, collector: Problems, o: ThemeOptions = {}): Theme | undefined {
  const templatesDir = o.templatesDir ?? TEMPLATES_DIR;
  const known = themeNames(templatesDir);
  const raw = isMapping(parsed.data) ? parsed.data.theme : undefined;
  const problems: Problem[] = [];
  const layers: Layer[] = [];

  const localDir = path.join(deckDir, DECK_THEME_DIR);
  const local = existsSync(path.join(localDir, THEME_FILE)) ? fileLayer(localDir, `${path.basename(deckDir)}-theme`, 'local', deckDir, problems) : undefined;
  const inlineData = isMapping(raw) ? salvage(themeSchema, raw) : undefined;
  const inline: Layer | undefined = inlineData && { name: `${path.basename(deckDir)}-inline`, kind: 'inline', dir: deckDir, root: deckDir, parsed, at: ['theme'], data: inlineData };

  // One base, named by deck.yaml's `theme: name`, the inline `extends:` or the theme folder's `extends:`.
  const claims: Array<{ name: string; layer?: Layer; at: PathKey[]; label: string }> = [];
  if (typeof raw === 'string' && known.includes(raw)) claims.push({ name: raw, at: ['theme'], label: `${parsed.file}: theme` });
  if (inline?.data.extends) claims.push({ name: inline.data.extends, layer: inline, at: ['extends'], label: `${parsed.file}: theme.extends` });
  if (local?.data.extends) claims.push({ name: local.data.extends, layer: local, at: ['extends'], label: `${local.parsed.file}: extends` });
  for (const c of claims) {
    if (!known.includes(c.name)) {
      problems.push(problemAt(c.layer!, c.at, `extends: unknown theme "${c.name}"${didYouMean(c.name, known)}`, `known themes: ${known.join(', ')}`));
    }
  }
  const valid = claims.filter((c) => known.includes(c.name));
  const distinct = [...new Set(valid.map((c) => c.name))];
  if (distinct.length > 1) {
    const [first, second] = [valid[0]!, valid.find((c) => c.name !== valid[0]!.name)!];
    const pos = second.layer ? problemAt(second.layer, second.at, '') : { ...parsed.locate(second.at), source: parsed.text };
    problems.push({ ...pos, message: `theme: ${second.label} is "${second.name}" but ${first.label} is "${first.name}"; a deck's theme builds on one theme`,
      hint: 'name the base theme in one place and remove the other' });
  }

  const chain = builtinChain(distinct[0] ?? DEFAULT_THEME, { templatesDir }, problems);
  let theme: Theme | undefined;
  if (chain) {
    layers.push(...chain);
    if (local) layers.push(local);
    if (inline) layers.push(inline);
    theme = checkLayers(layers, o, problems);
  }
  collector.add(...problems);
  return theme;
}

export interface ThemeCssOptions {
  /** the theme of handout pages; its tokens apply to `body.handout`, the slides on it keep `theme` */
  handout?: Theme;
  /** site path → URL as written in the stylesheet (the site's theme.css sits in podium/) */
  url?: (site: string) => string;
}

/** The stylesheet of a site: font faces, the theme's properties and rules, the handout's page tokens, theme.css. */
export function siteThemeCss(theme: Theme, o: ThemeCssOptions = {}): string {
  const url = o.url ?? ((site: string) => site.replace(/^podium\//, ''));
  const faces = new Map<string, FontFace>();
  for (const f of [...theme.faces, ...(o.handout?.faces ?? [])]) faces.set(f.file, f);
  return [
    `/* Podium theme "${theme.name}", generated from theme.yaml: edit the theme, not this file. */`,
    fontFaceCss([...faces.values()], (f) => url(fontSitePath(f))),
    varsBlock(':root, .handout .reveal', themeVars(theme.tokens, theme.stacks)),
    themeRules(theme.tokens, theme.logo),
    o.handout ? `/* handout pages: the "${o.handout.name}" theme; the slides on them keep "${theme.name}" */\n${varsBlock(':root:has(> body.handout)', themeVars(o.handout.tokens, o.handout.stacks))}` : '',
    ...theme.extraCss.map((c) => c(url)),
  ].filter(Boolean).join('\n') + '\n';
}

/** Files of a site's theme (fonts, logo, assets), including the handout theme's fonts. */
export function themeFiles(theme: Theme, handout?: Theme): Record<string, string> {
  return { ...theme.files, ...Object.fromEntries((handout?.faces ?? []).map((f) => [fontSitePath(f), f.file])) };
}
