// A site's theme stylesheet (podium/theme.css) and the files it needs copied beside it.
import { fontFaceCss, fontSitePath, type FontFace } from './fonts.ts';
import { themeRules, themeVars, varsBlock } from './css.ts';
import type { Theme } from './resolve.ts';

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
