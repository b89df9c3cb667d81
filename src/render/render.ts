// Stage 5 — render: a resolved deck + compiled templates → HTML strings. Pure: no I/O.
import { createMarkdown } from '../content/markdown.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { isColor } from '../content/schema.ts';
import type { Slide } from '../content/validate.ts';
import { DeckError } from '../errors.ts';
import { slideChrome, themeReveal, type Themed } from '../theme/chrome.ts';
import type { WithMedia } from '../media/types.ts';
import { ogMeta } from './og.ts';
import type { TemplateSet } from './templates.ts';
import { visualContext } from './visual.ts';
import { SLIDE_SIZE } from './slide-size.ts';
import type { Measured } from '../media/backgrounds.ts';

export interface PageAssets {
  styles: string[];
  /** classic scripts (static build) */
  scripts: string[];
  /** ES modules (dev server) */
  modules: string[];
}

export { SLIDE_SIZE };

export function revealConfig(deck: ResolvedDeck & Themed): Record<string, unknown> {
  return {
    hash: true, controls: true, progress: true, slideNumber: 'c/t', transition: 'slide',
    ...(deck.resolvedTheme ? themeReveal(deck.resolvedTheme.tokens) : {}), // the theme's defaults; deck.yaml wins
    ...deck.reveal,
    ...(deck.duration ? { totalTime: Math.round(deck.duration * 60) } : {}), // the speaker view's pacing timer
    ...SLIDE_SIZE[deck.aspect], margin: 0, center: false, minScale: 0.05, maxScale: 4,
  };
}


function slideContext(deck: ResolvedDeck & Themed & WithMedia, slide: Slide) {
  const bg = typeof slide.data.background === 'string' ? slide.data.background.trim() : undefined;
  return {
    ...slide.data,
    number: slide.number,
    total: deck.slides.length,
    line: slide.pos.line,
    media: deck.media?.[slide.number], // diagrams and charts as SVG (src/media/)
    backgroundColor: bg && isColor(bg) ? bg : undefined,
    backgroundImage: bg && !isColor(bg) ? bg : undefined,
    visual: visualContext(slide, (deck as Measured).tones, deck.images),
    deck: { title: deck.title, subtitle: deck.subtitle, author: deck.author, date: deck.date,
      theme: deck.resolvedTheme ? slideChrome(deck.resolvedTheme) : undefined },
  };
}

export function renderSlides(deck: ResolvedDeck & Themed & WithMedia, templates: TemplateSet): string[] {
  const data = { md: createMarkdown({ allowHtml: deck.allowHtml }) };
  return deck.slides.map((slide) => {
    const layout = templates.layouts.get(slide.layout);
    if (!layout) throw new DeckError({ ...slide.pos, message: `slide ${slide.number}: no template for layout "${slide.layout}"` });
    try {
      return layout(slideContext(deck, slide), data);
    } catch (e) {
      throw new DeckError({ ...slide.pos, message: `slide ${slide.number} (${slide.layout}): template failed: ${(e as Error).message}` });
    }
  });
}

export function renderDeck(deck: ResolvedDeck & Themed & { ogFlag?: boolean }, templates: TemplateSet, assets: PageAssets, slides = renderSlides(deck, templates)): string {
  const md = createMarkdown({ allowHtml: false });
  return templates.shell({
    lang: deck.lang,
    title: deck.title,
    // plain text for <meta>: Handlebars escapes it once (rendering Markdown here would escape & twice)
    description: deck.description ?? deck.subtitle?.replace(/[*_`]/g, ''),
    author: deck.author,
    og: ogMeta(deck, deck.ogFlag),
    theme: deck.resolvedTheme?.base ?? (typeof deck.theme === 'string' ? deck.theme : 'custom'),
    aspect: deck.aspect.replace(':', 'x'),
    slides: slides.join('\n'),
    config: { reveal: revealConfig(deck), deck: deck.name },
    ...assets,
  }, { md });
}
