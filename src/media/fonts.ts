// SVG text in the theme's bundled fonts. Mermaid's stylesheet and Vega name system families and generic
// ones ("trebuchet ms", verdana, arial, sans-serif); on the export machine those fall back to whatever is
// installed. Every font-family that names a generic family becomes the theme's stack for that generic.
import type { MediaTheme } from './theme.ts';

const GENERIC = /^(sans-serif|serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif|ui-monospace|ui-rounded)$/i;

/** The theme's stack for a font-family list: mono for monospace, heading's for serif when it is one, else body. */
function stackFor(list: string, theme: MediaTheme): string | undefined {
  const names = list.split(',').map((s) => s.trim().replace(/^["']|["']$/g, '').trim());
  const generic = names.find((n) => GENERIC.test(n));
  if (!generic) return undefined;
  if (/mono/i.test(generic)) return theme.stacks.mono;
  if (/^(ui-)?serif$/i.test(generic)) return [theme.stacks.body, theme.stacks.heading].find((s) => /\bserif$/.test(s) && !/sans-serif$/.test(s)) ?? theme.stacks.body;
  return theme.stacks.body;
}

/** Rewrites font-family attributes and CSS declarations (in <style> and style="…") of an SVG string. */
export function bundleSvgFonts(svg: string, theme: MediaTheme): string {
  const attr = (q: string, v: string) => { const s = stackFor(v, theme); return s ? `font-family=${q}${q === '"' ? s.replace(/"/g, "'") : s.replace(/'/g, '"')}${q}` : `font-family=${q}${v}${q}`; };
  return svg
    .replace(/font-family="([^"]*)"/g, (_m, v: string) => attr('"', v))
    .replace(/font-family='([^']*)'/g, (_m, v: string) => attr("'", v))
    .replace(/font-family:\s*([^;}"]*(?:"[^"]*"[^;}"]*)*)/g, (m, v: string) => {
      const s = stackFor(v.replace(/&quot;/g, '"'), theme);
      return s ? `font-family:${s}` : m;
    });
}
