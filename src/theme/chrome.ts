// What the slides and reveal.js take from a theme besides CSS: footer text, logo, slide-number format,
// transition. Pure; render.ts reads it from the deck (pipeline.prepare attaches the resolved theme).
import type { ThemeTokens } from './schema.ts';

/** Carried on the deck from pipeline.prepare to render. */
export interface Themed {
  resolvedTheme?: { base: string; tokens: ThemeTokens; logo?: { site: string } };
}

/** What the slide templates see as `deck.theme` (templates/partials/footer.hbs). */
export interface SlideChrome { footer?: string; hideFooter: boolean; logo?: { src: string; position: string } }

export function slideChrome(theme: NonNullable<Themed['resolvedTheme']>): SlideChrome {
  const { footer, logo } = theme.tokens;
  return {
    footer: typeof footer === 'string' && footer.trim() ? footer : undefined,
    hideFooter: footer === false,
    logo: logo && theme.logo ? { src: theme.logo.site, position: logo.position } : undefined,
  };
}

/** The reveal.js options a theme sets; deck.yaml's `reveal:` overrides them. */
export function themeReveal(t: ThemeTokens): Record<string, unknown> {
  return { slideNumber: t.slideNumber.format, ...(t.transition ? { transition: t.transition } : {}) };
}
