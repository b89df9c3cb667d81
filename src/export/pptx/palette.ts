// The theme's tokens as PowerPoint sees them: colours as the presentation's colour scheme (theme1.xml),
// fonts as its major/minor fonts, sizes in stage px. Shapes and runs name scheme slots ("accent1"), not hex
// values, so PowerPoint's Design ▸ Variants recolours the whole deck. Pure.
import { over, parseColor, toHex } from '../../theme/color.ts';
import type { ColorToken, ThemeTokens } from '../../theme/schema.ts';

/** The colour-scheme slot each Podium colour fills; the master maps bg1→lt1, tx1→dk1, bg2→lt2, tx2→dk2. */
export const SCHEME_SLOTS = {
  text: 'dk1', background: 'lt1', muted: 'dk2', surface: 'lt2',
  accent: 'accent1', 'accent-2': 'accent2', link: 'accent3', border: 'accent4', 'code-background': 'accent5',
} as const satisfies Partial<Record<ColorToken, string>>;
export type SchemeToken = keyof typeof SCHEME_SLOTS;

/** What a run or shape writes to use the colour (pptxgenjs turns these names into <a:schemeClr>). */
export const SCHEME: Record<SchemeToken, string> = {
  text: 'tx1', background: 'bg1', muted: 'tx2', surface: 'bg2',
  accent: 'accent1', 'accent-2': 'accent2', link: 'accent3', border: 'accent4', 'code-background': 'accent5',
};

export interface PptxTheme {
  /** opaque RRGGBB (no #) of every scheme colour; translucent tokens are painted over the background */
  hex: Record<SchemeToken, string>;
  fonts: { heading: string; body: string; mono: string };
  type: ThemeTokens['type'];
  spacing: ThemeTokens['spacing'];
  headingBold: boolean;
  footer?: string | false;
  slideNumber: boolean;
}

export function pptxTheme(tokens: ThemeTokens): PptxTheme {
  const bg = { ...(parseColor(tokens.colors.background) ?? { r: 255, g: 255, b: 255, a: 1 }), a: 1 };
  const hexOf = (token: SchemeToken) => {
    const c = parseColor(tokens.colors[token]) ?? bg;
    return toHex(c.a < 1 ? over(c, bg) : c).slice(1).toUpperCase();
  };
  const hex = Object.fromEntries(Object.keys(SCHEME_SLOTS).map((k) => [k, hexOf(k as SchemeToken)])) as Record<SchemeToken, string>;
  return {
    hex, fonts: { ...tokens.fonts }, type: tokens.type, spacing: tokens.spacing,
    headingBold: tokens.type['heading-weight'] >= 600,
    footer: tokens.footer, slideNumber: tokens.slideNumber.format !== false,
  };
}

/** theme1.xml's <a:clrScheme>: the slots above, hyperlinks in the link colour. */
export function colorSchemeXml(t: PptxTheme, name: string): string {
  const slot = (tag: string, hex: string) => `<a:${tag}><a:srgbClr val="${hex}"/></a:${tag}>`;
  const order: Array<[string, string]> = [
    ['dk1', t.hex.text], ['lt1', t.hex.background], ['dk2', t.hex.muted], ['lt2', t.hex.surface],
    ['accent1', t.hex.accent], ['accent2', t.hex['accent-2']], ['accent3', t.hex.link], ['accent4', t.hex.border],
    ['accent5', t.hex['code-background']], ['accent6', t.hex.muted], ['hlink', t.hex.link], ['folHlink', t.hex.link],
  ];
  return `<a:clrScheme name="${xmlAttr(name)}">${order.map(([tag, hex]) => slot(tag, hex)).join('')}</a:clrScheme>`;
}

export const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The fonts a recipient needs installed, in the order the theme names them. */
export function fontsNeeded(t: PptxTheme): string[] {
  return [...new Set([t.fonts.heading, t.fonts.body, t.fonts.mono])];
}
