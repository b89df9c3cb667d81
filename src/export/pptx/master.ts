// The theme as a slide master: one slide layout per Podium layout family, each with the theme's background,
// footer, slide number and logo, and real placeholders (title, body, two bodies, caption), so PowerPoint's
// outline, "Reset slide" and "Change layout" work. Positions follow templates/styles/layouts.css.
import type PptxGenJS from 'pptxgenjs';
import { place, type Box, type Frame } from './geometry.ts';
import type { Picture } from './images.ts';
import { SCHEME, type PptxTheme } from './palette.ts';
import { BODY_FONT, HEADING_FONT } from './text-props.ts';
import { points } from './geometry.ts';

export const FAMILIES = ['title', 'section', 'statement', 'content', 'two-content', 'picture', 'quote', 'blank'] as const;
export type Family = (typeof FAMILIES)[number];

/** The layout names PowerPoint shows in Home ▸ Layout. */
export const MASTER_NAMES: Record<Family, string> = {
  title: 'Title Slide', section: 'Section Header', statement: 'Statement', content: 'Title and Content',
  'two-content': 'Two Content', picture: 'Picture with Caption', quote: 'Quote with Caption', blank: 'Title Only (hidden title)',
};

/** Where things sit on the stage (px); the layout rules place their own shapes inside these. */
export interface Geometry {
  bar: Box; title: Box; body: Box; left: Box; right: Box; caption: Box; picture: Box;
  hero: { title: Box; subtitle: Box };
  quote: { text: Box; by: Box };
  footer: Box; number: Box;
}

export function geometry(f: Frame, t: PptxTheme): Geometry {
  const { 'slide-x': x, 'slide-top': top, 'slide-bottom': bottom } = t.spacing;
  const s = t.type.scale;
  const inner = f.width - 2 * x;
  const title: Box = { x, y: top + 36, w: inner, h: t.type.heading * s * 2.3 };
  const bodyTop = title.y + title.h + 28;
  const body: Box = { x, y: bodyTop, w: inner, h: f.height - bottom - bodyTop };
  const gap = 72;
  const half = (inner - gap) / 2;
  const captionH = t.type.small * s * 2.6;
  const cap = t.type.caption * s;
  return {
    bar: { x, y: top, w: 88, h: 8 }, title, body,
    left: { ...body, w: half }, right: { ...body, x: x + half + gap, w: half },
    picture: { ...body, h: body.h - captionH - 12 },
    caption: { x, y: body.y + body.h - captionH, w: inner, h: captionH },
    hero: {
      title: { x, y: f.height * 0.2, w: inner, h: f.height * 0.36 },
      subtitle: { x, y: f.height * 0.58, w: inner, h: f.height * 0.14 },
    },
    quote: {
      text: { x: x + 130, y: f.height * 0.14, w: inner - 260, h: f.height * 0.52 },
      by: { x: x + 130, y: f.height * 0.69, w: inner - 260, h: f.height * 0.1 },
    },
    footer: { x, y: f.height - 44 - cap * 1.6, w: inner * 0.6, h: cap * 1.6 },
    number: { x: f.width - 56 - 240, y: f.height - 36 - cap * 1.6, w: 240, h: cap * 1.6 },
  };
}

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number];

function placeholder(f: Frame, name: string, type: 'title' | 'body', box: Box, o: Partial<PptxGenJS.PlaceholderProps>): MasterObject {
  return { placeholder: { options: { name, type, ...place(f, box), margin: 0, ...o } as PptxGenJS.PlaceholderProps, text: '' } };
}

/** Defines the slide layouts (one per family) on `pptx`. `footer` is the plain footer text (theme footer or deck title). */
export function defineMasters(pptx: PptxGenJS, f: Frame, t: PptxTheme, footer: string | undefined, logo?: { picture: Picture; box: Box }): void {
  const g = geometry(f, t);
  const s = t.type.scale;
  const headingOpts = { fontFace: HEADING_FONT, color: SCHEME.text, bold: t.headingBold, valign: 'middle' as const, align: 'left' as const };
  const bodyOpts = { fontFace: BODY_FONT, color: SCHEME.text, valign: 'top' as const, align: 'left' as const, fontSize: points(f, t.type.body * s) };
  const chrome = (withFooter: boolean): MasterObject[] => {
    const out: MasterObject[] = [];
    if (withFooter && footer) {
      out.push({ text: { text: footer, options: { ...place(f, g.footer), fontFace: BODY_FONT, fontSize: points(f, t.type.caption * s), color: SCHEME.muted, margin: 0, valign: 'bottom', objectName: 'Footer' } } });
    }
    if (logo) out.push({ image: { data: logo.picture.data, ...place(f, logo.box), altText: 'logo' } });
    return out;
  };
  const slideNumber = t.slideNumber
    ? { ...place(f, g.number), fontFace: BODY_FONT, fontSize: points(f, t.type.caption * s), color: SCHEME.muted, align: 'right' as const, valign: 'bottom' as const }
    : undefined;
  const bar: MasterObject = { rect: { ...place(f, g.bar), fill: { color: SCHEME.accent }, rectRadius: 0.02 } };
  const themeFooter = typeof t.footer === 'string' && t.footer.trim() !== '';
  const define = (family: Family, objects: MasterObject[], withChrome: boolean) => pptx.defineSlideMaster({
    title: MASTER_NAMES[family], background: { color: SCHEME.background }, margin: 0,
    objects: [...chrome(withChrome || themeFooter), ...objects],
    ...(slideNumber && withChrome ? { slideNumber } : {}),
  });

  define('title', [
    placeholder(f, 'title', 'title', g.hero.title, { ...headingOpts, valign: 'bottom', fontSize: points(f, t.type.title * s) }),
    placeholder(f, 'body', 'body', g.hero.subtitle, { ...bodyOpts, color: SCHEME.muted }),
  ], false);
  define('section', [
    placeholder(f, 'title', 'title', g.hero.title, { ...headingOpts, valign: 'bottom', fontSize: points(f, t.type.display * s) }),
    placeholder(f, 'body', 'body', g.hero.subtitle, { ...bodyOpts, color: SCHEME.muted }),
  ], false);
  // a statement is set like a section's title, but keeps the footer and slide number as the deck does
  define('statement', [
    placeholder(f, 'title', 'title', g.hero.title, { ...headingOpts, valign: 'bottom', fontSize: points(f, t.type.display * s) }),
    placeholder(f, 'body', 'body', g.hero.subtitle, { ...bodyOpts, color: SCHEME.muted }),
  ], true);
  define('content', [bar,
    placeholder(f, 'title', 'title', g.title, { ...headingOpts, fontSize: points(f, t.type.heading * s) }),
    placeholder(f, 'body', 'body', g.body, bodyOpts),
  ], true);
  define('two-content', [bar,
    placeholder(f, 'title', 'title', g.title, { ...headingOpts, fontSize: points(f, t.type.heading * s) }),
    placeholder(f, 'left', 'body', g.left, { ...bodyOpts, fontSize: points(f, t.type.prose * s) }),
    placeholder(f, 'right', 'body', g.right, { ...bodyOpts, fontSize: points(f, t.type.prose * s) }),
  ], true);
  define('picture', [bar,
    placeholder(f, 'title', 'title', g.title, { ...headingOpts, fontSize: points(f, t.type.heading * s) }),
    placeholder(f, 'caption', 'body', g.caption, { ...bodyOpts, color: SCHEME.muted, align: 'center', valign: 'middle', fontSize: points(f, t.type.small * s) }),
  ], true);
  define('quote', [
    placeholder(f, 'title', 'title', g.quote.text, { ...headingOpts, bold: false, fontSize: points(f, t.type.quote * s) }),
    placeholder(f, 'body', 'body', g.quote.by, { ...bodyOpts, color: SCHEME.muted, fontSize: points(f, 32 * s) }),
  ], false);
  // A slide without a visible title (quote-less code, a custom layout) still names itself for the outline and
  // screen readers: its title placeholder sits just above the slide, where it is not shown or printed.
  define('blank', [
    placeholder(f, 'title', 'title', { x: g.title.x, y: -g.title.h - 20, w: g.title.w, h: g.title.h }, { ...headingOpts, fontSize: points(f, t.type.heading * s) }),
  ], true);
}
