// WCAG 2.x contrast: relative luminance of sRGB colours and the (L1 + 0.05) / (L2 + 0.05) ratio. Pure.
// The pairs a theme is checked on are the ones the layouts actually draw text with.
import { over, parseColor, type Rgba } from './color.ts';
import type { ColorToken } from './schema.ts';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** Relative luminance (WCAG 2.x definition), 0 for black to 1 for white. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio 1–21 of a foreground over a background; a translucent colour is composited first. */
export function contrastRatio(fg: Rgba | string, bg: Rgba | string): number {
  const parse = (c: Rgba | string) => (typeof c === 'string' ? parseColor(c) : c);
  const b0 = parse(bg);
  const f0 = parse(fg);
  if (!b0 || !f0) throw new Error(`not a colour: ${!b0 ? String(bg) : String(fg)}`);
  const b = over(b0, WHITE);
  const f = over(f0, b);
  const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for body text; large text and UI shapes need 3:1, but every pair below is used for body-size text. */
export const AA_TEXT = 4.5;

export interface ContrastPair { fg: ColorToken; bg: ColorToken; what: string }

/** What the layouts draw: text colour on the colour behind it. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { fg: 'text', bg: 'background', what: 'body text' },
  { fg: 'muted', bg: 'background', what: 'subtitles and captions' },
  { fg: 'accent', bg: 'background', what: 'kickers, column titles, card numbers' },
  { fg: 'accent-2', bg: 'background', what: 'bold text' },
  { fg: 'link', bg: 'background', what: 'links' },
  { fg: 'muted', bg: 'surface', what: 'card text' },
  { fg: 'text', bg: 'code-background', what: 'code' },
  { fg: 'muted', bg: 'code-background', what: 'code comments' },
  { fg: 'accent', bg: 'code-background', what: 'code keywords' },
];

export interface ContrastResult extends ContrastPair { ratio: number; ok: boolean }

/** Every pair's ratio against AA (4.5:1). Ratios are compared unrounded, as WCAG asks. */
export function checkContrast(colors: Readonly<Record<ColorToken, string>>, min = AA_TEXT): ContrastResult[] {
  return CONTRAST_PAIRS.map((p) => {
    const ratio = contrastRatio(colors[p.fg], colors[p.bg]);
    return { ...p, ratio, ok: ratio >= min };
  });
}

/** "4.48:1", never rounded up past the threshold it failed. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
