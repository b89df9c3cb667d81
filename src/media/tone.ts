// Readable text on a picture, by construction: from the background's pixels where the text goes, pick light
// or dark text and the lightest scrim (black under light text, white under dark text) that gives every
// text colour at least 4.5:1 against (almost) every pixel. Pure: pixels in, colours and an opacity out.
import { over, parseColor, toHex, type Rgba } from '../theme/color.ts';
import { contrastRatio, luminance } from '../theme/contrast.ts';
import type { ThemeTokens } from '../theme/schema.ts';

export type Tone = 'light' | 'dark';
export interface ToneResult {
  tone: Tone;
  /** the scrim over the background, or none */
  scrim?: { color: string; alpha: number };
  /** custom properties the slide overrides (--podium-text …), empty when the theme's own colours read well */
  vars: Record<string, string>;
  /** average colour under the text, scrim included */
  mean: string;
  /** contrast of the weakest text colour against the 1st-percentile pixel, scrim included */
  contrast: number;
}

/** AA for body text, plus a margin for the difference between our sampling and the browser's rendering. */
export const TARGET = 4.5;
const MARGIN = 0.25;
/** Share of the darkest/brightest pixels ignored (a specular highlight is not where a line of text sits). */
const OUTLIERS = 0.01;

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const mix = (a: Rgba, b: Rgba, t: number): Rgba => ({ r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t, a: 1 });
const col = (s: string) => parseColor(s) ?? BLACK;

/** Text and muted colours for each tone, taken from the theme: its own pair, and its background as the other tone's text. */
export function palettes(colors: ThemeTokens['colors']) {
  const text = col(colors.text);
  const bg = col(colors.background);
  const dark = luminance(bg) < luminance(text);
  const own = { text, muted: col(colors.muted) };
  const flipped = { text: bg, muted: mix(bg, text, 0.22) };
  return { themeTone: (dark ? 'light' : 'dark') as Tone, light: dark ? own : flipped, dark: dark ? flipped : own };
}

/** Weakest contrast of `colors` over `pixels` with a scrim of `alpha`, ignoring the worst OUTLIERS share. */
export function weakest(pixels: readonly Rgba[], colors: readonly Rgba[], scrim: Rgba, alpha: number): number {
  if (!pixels.length) return 21;
  const ratios = pixels.map((p) => {
    const bg = alpha > 0 ? over({ ...scrim, a: alpha }, p) : p;
    return Math.min(...colors.map((c) => contrastRatio(c, bg)));
  }).sort((a, b) => a - b);
  return ratios[Math.min(ratios.length - 1, Math.floor(ratios.length * OUTLIERS))]!;
}

/** The lightest scrim (0–0.95, in steps of 0.01) that brings the weakest contrast to the target. */
export function scrimFor(pixels: readonly Rgba[], colors: readonly Rgba[], scrim: Rgba): number {
  const goal = TARGET + MARGIN;
  if (weakest(pixels, colors, scrim, 0) >= goal) return 0;
  let lo = 0; let hi = 95; // hundredths
  while (lo < hi) { const mid = (lo + hi) >> 1; if (weakest(pixels, colors, scrim, mid / 100) >= goal) hi = mid; else lo = mid + 1; }
  return lo / 100;
}

export function chooseTone(pixels: readonly Rgba[], colors: ThemeTokens['colors'], want: 'auto' | Tone = 'auto'): ToneResult {
  const pal = palettes(colors);
  const need = { light: scrimFor(pixels, [pal.light.text, pal.light.muted], BLACK), dark: scrimFor(pixels, [pal.dark.text, pal.dark.muted], WHITE) };
  const tone: Tone = want !== 'auto' ? want
    : need.light === need.dark ? pal.themeTone : need.light < need.dark ? 'light' : 'dark';
  const alpha = need[tone];
  const scrimColor = tone === 'light' ? BLACK : WHITE;
  const { text, muted } = pal[tone];
  const under = pixels.map((p) => (alpha > 0 ? over({ ...scrimColor, a: alpha }, p) : p));
  const vars: Record<string, string> = {};
  if (tone !== pal.themeTone) { vars['--podium-text'] = toHex(text); vars['--podium-muted'] = toHex(muted); }
  // Bold text and links must read as well as body text; accents (kickers, bars) need the large-text 3:1.
  const keep = (token: 'accent-2' | 'link' | 'accent', min: number) =>
    tone === pal.themeTone && weakest(under, [col(colors[token])], BLACK, 0) >= min;
  if (!keep('accent-2', TARGET)) vars['--podium-accent-2'] = toHex(text);
  if (!keep('link', TARGET)) vars['--podium-link'] = toHex(text);
  if (!keep('accent', 3)) vars['--podium-accent'] = toHex(text);
  const n = Math.max(1, under.length);
  const sum = under.reduce((s, p) => ({ r: s.r + p.r, g: s.g + p.g, b: s.b + p.b, a: 1 }), { r: 0, g: 0, b: 0, a: 1 });
  return {
    tone, vars,
    scrim: alpha > 0 ? { color: tone === 'light' ? '#000000' : '#ffffff', alpha } : undefined,
    mean: toHex({ r: sum.r / n, g: sum.g / n, b: sum.b / n, a: 1 }),
    contrast: Math.round(weakest(under, [text, muted], BLACK, 0) * 100) / 100,
  };
}

export { BLACK, WHITE };
