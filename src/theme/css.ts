// Tokens → CSS text. Pure: a complete ThemeTokens in, custom properties and a few token-driven rules out.
// templates/styles/layouts.css (every layout) and handout.css style themselves only through these
// properties, so a theme is exactly this block (plus its optional theme.css).
import { parseColor, toHex } from './color.ts';
import type { FontRole, ThemeTokens } from './schema.ts';

/** The glow behind slides as one SVG image rather than a CSS gradient: Chromium's PDF then shares a single
 * image across all pages instead of writing a gradient pattern per page (about 1.8 KB a slide). */
export function glowImage(glow: string): string {
  const c = parseColor(glow);
  if (!c || c.a === 0) return 'none';
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='1920' height='1080' preserveAspectRatio='none'><defs>`
    + `<radialGradient id='g' cx='1' cy='0' r='1' gradientTransform='scale(0.6 0.55) translate(0.666 0)'>`
    + `<stop offset='0' stop-color='${toHex(c)}' stop-opacity='${c.a}'/><stop offset='0.7' stop-color='${toHex(c)}' stop-opacity='0'/>`
    + `</radialGradient></defs><rect width='1920' height='1080' fill='url(#g)'/></svg>`;
  const encoded = encodeURIComponent(svg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `url("data:image/svg+xml,${encoded}")`; // fully percent-encoded: no quote or parenthesis to trip a CSS parser
}

/** The custom property each token sets (README "Themes" lists them for theme.css authors). */
export const COLOR_VARS = {
  background: '--podium-bg', surface: '--podium-surface', border: '--podium-surface-border', text: '--podium-text',
  muted: '--podium-muted', accent: '--podium-accent', 'accent-2': '--podium-accent-2', 'code-background': '--podium-code-bg',
  link: '--podium-link', glow: '--podium-glow',
} as const satisfies Record<keyof ThemeTokens['colors'], string>;

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** Logo size in px: height from the tokens, width from the image's aspect ratio. */
export interface LogoBox { height: number; width: number }

/** Every custom property of a theme, in a stable order. Type sizes are already multiplied by `type.scale`. */
export function themeVars(t: ThemeTokens, stacks: Readonly<Record<FontRole, string>>): Array<[string, string]> {
  const s = t.type.scale;
  const size = (k: keyof ThemeTokens['type']) => px(t.type[k] * s);
  return [
    ...Object.entries(COLOR_VARS).map(([token, name]) => [name, t.colors[token as keyof typeof COLOR_VARS]] as [string, string]),
    ['--podium-glow-image', glowImage(t.colors.glow)],
    ['--podium-font-heading', stacks.heading],
    ['--podium-font-body', stacks.body],
    ['--podium-font-mono', stacks.mono],
    ['--podium-type-scale', String(s)],
    ['--podium-size-base', size('base')],
    ['--podium-size-display', size('display')],
    ['--podium-size-title', size('title')],
    ['--podium-size-heading', size('heading')],
    ['--podium-size-quote', size('quote')],
    ['--podium-size-body', size('body')],
    ['--podium-size-prose', size('prose')],
    ['--podium-size-small', size('small')],
    ['--podium-size-caption', size('caption')],
    ['--podium-weight-heading', String(t.type['heading-weight'])],
    ['--podium-line-height', String(t.type['line-height'])],
    ['--podium-space-scale', String(t.spacing.scale)],
    ['--podium-space-x', px(t.spacing['slide-x'])],
    ['--podium-space-top', px(t.spacing['slide-top'])],
    ['--podium-space-bottom', px(t.spacing['slide-bottom'])],
    ['--podium-radius', px(t.radius)],
    ['--podium-logo-height', px(t.logo?.height ?? 48)],
  ];
}

export function varsBlock(selector: string, vars: ReadonlyArray<[string, string]>): string {
  return `${selector} {\n${vars.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}`;
}

/** Where the slide number sits, in px from the right edge. Live, reveal's arrows take the bottom-right
 * corner of the window (12 px from the edges, 100 px wide: the number stays 16 px left of them, at any window
 * size, since neither scales with the slide); printed pages have no arrows. layouts.css uses the same values. */
export const NUMBER_RIGHT = { live: 128, print: 56 } as const;

/** Rules that depend on tokens rather than setting a property: slide-number style, room for the logo. */
export function themeRules(t: ThemeTokens, logo?: LogoBox, scope = ''): string {
  const at = (sel: string) => (scope ? `${scope} ${sel}` : sel);
  const rules: string[] = [];
  const room = t.logo && logo ? Math.round(logo.width + 32) : 0;
  const extra = t.logo?.position === 'bottom-right' ? room : 0;
  if (t.slideNumber.style === 'pill') {
    // about centred on reveal's arrows like the plain number, inside the bottom 80 px the content area leaves at 1280×720
    rules.push(`${at('.reveal .slide-number')} { background: var(--podium-surface); color: var(--podium-text); border: 2px solid var(--podium-surface-border); border-radius: 999px; padding: 4px 18px; right: ${NUMBER_RIGHT.live + extra}px; bottom: 42px; }`,
      `${at('.reveal .slide-number.slide-number-pdf')} { right: ${NUMBER_RIGHT.print + extra}px; bottom: 36px; }`);
  } else if (extra) {
    rules.push(`${at('.reveal .slide-number')} { right: ${NUMBER_RIGHT.live + extra}px; }`, `${at('.reveal .slide-number.slide-number-pdf')} { right: ${NUMBER_RIGHT.print + extra}px; }`);
  }
  if (room && t.logo?.position === 'bottom-left') rules.push(`${at('.slide-footer')} { left: calc(var(--podium-space-x) + ${room}px); }`);
  return rules.join('\n');
}

/** A theme.css written for a page of its own, confined to `scope` (the gallery shows many themes at once). */
export function scopedCss(css: string, scope: string): string {
  return css.trim() ? `@scope (${scope}) {\n${css}\n}` : '';
}
