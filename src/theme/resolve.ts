// A theme, resolved: a chain of layers (layers.ts) merged token by token (merge.ts), then checked: every
// colour and font set, fonts installed, logo and theme.css files inside their folders (assets.ts),
// contrast computed. Every problem carries the file:line:col of the layer that wrote the token.
import path from 'node:path';
import { DeckError, type Problem } from '../errors.ts';
import { displayPath } from '../util/paths.ts';
import { didYouMean } from '../util/suggest.ts';
import type { PathKey } from '../util/yaml.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { imageAspect, IMAGE, layerCss, localFile, type ExtraCss } from './assets.ts';
import { checkContrast, formatRatio, AA_TEXT, type ContrastResult } from './contrast.ts';
import type { LogoBox } from './css.ts';
import { facesFor, fontFaces, fontSitePath, fontStack, installedFonts, type FontFace } from './fonts.ts';
import { builtinChain, problemAt, type Layer } from './layers.ts';
import { merge } from './merge.ts';
import { FONT_ROLES, REQUIRED_COLORS, type ColorToken, type FontRole, type ThemeTokens } from './schema.ts';
import { DEFAULT_THEME } from './themes.ts';

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
  extraCss: ExtraCss[];
  contrast: ContrastResult[];
  /** contrast below AA, as problems at the token that set the colour (warnings; errors with --strict) */
  warnings: Problem[];
}

export interface ThemeOptions {
  templatesDir?: string;
  /** site folder for the logo and theme.css assets (fonts always go to podium/fonts/) */
  assetDir?: string;
}

/** Merge and check a chain of layers (root first), adding every problem to `problems`; the Theme is usable only when none was added. */
export function checkLayers(layers: Layer[], o: ThemeOptions, problems: Problem[]): Theme {
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

