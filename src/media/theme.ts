// A deck theme's tokens as the diagram and chart libraries want them: hex colours, the bundled font
// stacks, and @font-face rules (data: URLs) so the page mermaid measures text in knows the theme's fonts.
import { readFileSync } from 'node:fs';
import { parseColor } from '../theme/color.ts';
import type { Theme } from '../theme/resolve.ts';
import type { FontRole } from '../theme/schema.ts';

export interface MediaTheme {
  colors: { background: string; surface: string; border: string; text: string; muted: string; accent: string; accent2: string };
  /** font-family values: the bundled family, then its generic */
  stacks: Record<FontRole, string>;
  /** the bundled family names */
  families: Record<FontRole, string>;
}

const hex = (c: string, fallback: string): string => {
  const rgba = parseColor(c);
  if (!rgba) return fallback;
  const h = (n: number) => Math.round(n).toString(16).padStart(2, '0');
  return `#${h(rgba.r)}${h(rgba.g)}${h(rgba.b)}`;
};

export function mediaTheme(theme: Pick<Theme, 'tokens' | 'stacks'>): MediaTheme {
  const c = theme.tokens.colors;
  return {
    colors: {
      background: hex(c.background, '#ffffff'), surface: hex(c.surface, '#f3f4f6'), border: hex(c.border, '#d1d5db'),
      text: hex(c.text, '#111111'), muted: hex(c.muted, '#555555'), accent: hex(c.accent, '#0a7'), accent2: hex(c['accent-2'], '#c70'),
    },
    stacks: theme.stacks,
    families: theme.tokens.fonts,
  };
}

/** @font-face rules for the faces of `family` (data: URLs: the render page loads nothing from disk). */
export function fontFaceDataCss(theme: Pick<Theme, 'faces'>, families: readonly string[]): string {
  return theme.faces.filter((f) => families.includes(f.family)).map((f) => `@font-face { font-family: '${f.family}'; `
    + `font-style: ${f.style}; font-weight: ${f.weight}; src: url(data:font/woff2;base64,${readFileSync(f.file).toString('base64')}) format('woff2');`
    + `${f.unicodeRange ? ` unicode-range: ${f.unicodeRange};` : ''} }`).join('\n');
}
