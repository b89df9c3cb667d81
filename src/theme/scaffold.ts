// `podium theme new <name> [--extends pytorch] [--deck <deck>]`: a commented theme.yaml that starts as the
// theme it extends, listing every token with that theme's value, commented out: uncomment what you change.
// Written to the project's ./themes/<name>/ (a theme any deck of the project can name; it overrides a
// built-in of the same name), or with --deck to slides/<deck>/theme/
// (that deck's own theme). Refuses to overwrite.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../util/suggest.ts';
import { fail } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { installedFonts } from './fonts.ts';
import { resolveBuiltinTheme } from './resolve.ts';
import { COLOR_TOKENS, TYPE_SIZES, type ThemeTokens } from './schema.ts';
import { DECK_THEME_DIR, DEFAULT_THEME, projectThemesDir, THEME_FILE, themeNames } from './themes.ts';
import { displayPath } from '../util/paths.ts';

export interface ThemeScaffoldOptions {
  extends?: string;
  /** a deck's folder: write its own theme (theme/theme.yaml) instead of a project theme */
  deckDir?: string;
  root?: string;
  templatesDir?: string;
}

const q = (v: string) => JSON.stringify(v);

/** The commented theme.yaml text (pure, given the tokens of the theme it extends). */
export function themeYaml(name: string, base: string, t: ThemeTokens, fonts: readonly string[], forDeck: boolean): string {
  const pad = (s: string, n = 34) => (s.length >= n ? `${s} ` : s.padEnd(n));
  const use = forDeck ? 'This deck uses it automatically (its `theme:` in deck.yaml, if any, must be the same base).'
    : `Use it with \`theme: ${name}\` in a deck.yaml.`;
  return `# ${name} — a Podium theme. It starts as "${base}" and changes only what you uncomment below.
# ${use}
# Compare it with the others: \`podium themes <deck>\`. \`podium build <deck> --strict\` fails when a text
# colour is below WCAG AA contrast (4.5:1) against what it is drawn on; without --strict that is a warning.
description: ${q(`${name}: based on ${base}`)}
extends: ${base}

colors:        # any CSS colour: "#rrggbb", rgb(…), hsl(…), a name. Quote hex values: YAML reads # as a comment.
${COLOR_TOKENS.map((c) => `  # ${pad(`${c}: ${q(t.colors[c])}`)}${COLOR_NOTES[c] ? `# ${COLOR_NOTES[c]}` : ''}`).join('\n')}

fonts:         # bundled from npm, never fetched; installed: ${fonts.join(', ')}
  # heading: ${t.fonts.heading}
  # body: ${t.fonts.body}
  # mono: ${t.fonts.mono}

type:          # px on the 1920×1080 slide
  # ${pad(`scale: ${t.type.scale}`)}# multiplies every size, these and the layouts' smaller ones
${TYPE_SIZES.map((k) => `  # ${pad(`${k}: ${t.type[k]}`)}${TYPE_NOTES[k] ? `# ${TYPE_NOTES[k]}` : ''}`).join('\n')}
  # heading-weight: ${t.type['heading-weight']}
  # line-height: ${t.type['line-height']}

spacing:
  # ${pad(`scale: ${t.spacing.scale}`)}# multiplies the gaps between items
  # ${pad(`slide-x: ${t.spacing['slide-x']}`)}# left and right margin of every slide
  # slide-top: ${t.spacing['slide-top']}
  # slide-bottom: ${t.spacing['slide-bottom']}

# ${pad(`radius: ${t.radius}`)}# cards; code, images and inline code in proportion
# ${pad('logo: ./logo.svg')}# an image next to this file, shown on every slide, or with more say:
#   logo: { src: ./logo.svg, position: top-right, height: 48 }   # top-left | top-right | bottom-left | bottom-right
# ${pad('footer: "ACME tech-lead workshop"')}# on every slide instead of the deck title; false hides the footer
# ${pad(`slide-number: { format: ${t.slideNumber.format}, style: ${t.slideNumber.style} }`)}# format c/t | c | h/v | h.v | false; style plain | pill
# ${pad(`transition: ${t.transition ?? 'slide'}`)}# none | fade | slide | convex | concave | zoom
# What tokens cannot say goes in a theme.css next to this file, using the same custom properties (README, Themes).
`.split('\n').map((line) => line.trimEnd()).join('\n');
}

const COLOR_NOTES: Partial<Record<string, string>> = {
  surface: 'cards, inline code, link pills', border: 'outlines and rules', muted: 'subtitles, captions, card text',
  accent: 'bars, bullets, kickers, code keywords', 'accent-2': 'bold text, timeline years', glow: 'soft light behind slides; transparent for none',
};
const TYPE_NOTES: Partial<Record<string, string>> = {
  base: 'running text', display: 'section and closing titles', title: 'the title slide', heading: 'slide titles',
  body: 'bullets, subtitles', prose: 'two-column and Markdown slides', small: 'card text, code, captions', caption: 'footer, slide number',
};

export function scaffoldTheme(name: string, o: ThemeScaffoldOptions = {}): string {
  const templatesDir = o.templatesDir ?? TEMPLATES_DIR;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail(`theme name "${name}" must be lower-case letters, digits and dashes`);
  const base = o.extends ?? DEFAULT_THEME;
  const known = themeNames(templatesDir);
  if (!known.includes(base)) fail(`--extends: unknown theme "${base}"${didYouMean(base, known)}`, undefined, `known themes: ${known.join(', ')}`);
  const dir = o.deckDir ? path.join(o.deckDir, DECK_THEME_DIR) : path.join(projectThemesDir(o.root), name);
  const file = path.join(dir, THEME_FILE);
  if (existsSync(file)) fail(`${displayPath(file)} already exists; edit it, or pick another name`);
  if (!o.deckDir && name === base) fail(`theme "${name}" cannot extend itself`, undefined, 'pick another name, or --extends another theme');
  const theme = resolveBuiltinTheme(base, { templatesDir });
  const fonts = [...installedFonts().values()].map((f) => f.family).sort();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, themeYaml(name, base, theme.tokens, fonts, Boolean(o.deckDir)));
  return file;
}
