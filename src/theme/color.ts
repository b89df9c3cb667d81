// CSS colours as a theme writes them → RGBA numbers, so contrast can be computed. Pure.
// Parsing is colord's (maintained, 2 KB, no dependencies): #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba(),
// hsl()/hsla() in comma or space syntax with optional alpha, the CSS named colours and `transparent`.
// The WCAG ratio itself is computed in contrast.ts: colord's a11y plugin rounds it to two decimals,
// which would let 4.496:1 pass as 4.5:1.
import { colord, extend, type RgbaColor } from 'colord';
import namesPlugin from 'colord/plugins/names';

extend([namesPlugin]);

export type Rgba = RgbaColor; // r, g, b 0–255; a 0–1

export const COLOR_HINT = 'use #rgb, #rrggbb, rgb(…), hsl(…) or a CSS colour name such as "navy"';

/** The colour as RGBA, or undefined when `text` is not a colour Podium understands. */
export function parseColor(text: string): Rgba | undefined {
  const c = colord(text.trim().toLowerCase());
  return c.isValid() ? { ...c.rgba } : undefined; // `rgba` is unrounded (toRgb() rounds to whole numbers)
}

/** `top` painted over an opaque `bottom` (alpha compositing). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

export function toHex(c: Rgba): string {
  return colord({ ...c, a: 1 }).toHex();
}
