// The handout page: the deck's own slide HTML, scaled into portrait paper pages beside the speaker notes
// (or ruled lines), or as a grid. Pure: HTML in, HTML out. Vector text, not screenshots.
import { createMarkdown } from '../content/markdown.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { SLIDE_SIZE } from './render.ts';
import type { TemplateSet } from './templates.ts';

export type PerPage = 1 | 2 | 3 | 4 | 6;
export type Paper = 'a4' | 'letter';
export interface HandoutOptions { perPage: PerPage; paper: Paper; lines: boolean; date: string; styles: string[]; css: string }

/** Paper in CSS px (96/in), portrait. */
export const PAPER = { a4: { width: 793.7, height: 1122.5, css: 'A4' }, letter: { width: 816, height: 1056, css: 'letter' } } as const;
const MARGIN = 48; // px, about 12.7 mm
const HEADER = 44;
const FOOTER = 36;
const GAP = 20;

/** Width of one slide thumbnail in px for a layout: beside notes for 1–3, a grid of two columns for 4 and 6. */
export function thumbWidth(perPage: PerPage, paper: Paper, aspect = 16 / 9): number {
  const content = PAPER[paper].width - 2 * MARGIN;
  if (perPage === 1) return content;
  if (perPage === 4 || perPage === 6) {
    const rows = perPage / 2;
    const rowHeight = (PAPER[paper].height - 2 * MARGIN - HEADER - FOOTER - (rows - 1) * GAP) / rows - 28;
    return Math.min((content - GAP) / 2, rowHeight * aspect);
  }
  return content * (perPage === 2 ? 0.56 : 0.52);
}

export function handoutPageCount(slides: number, perPage: PerPage): number {
  return Math.ceil(slides / perPage);
}

export function renderHandout(deck: ResolvedDeck, templates: TemplateSet, slidesHtml: string[], o: HandoutOptions): string {
  const md = createMarkdown({ allowHtml: deck.allowHtml });
  const size = SLIDE_SIZE[deck.aspect];
  const width = thumbWidth(o.perPage, o.paper, size.width / size.height);
  const items = deck.slides.map((s, i) => ({ number: s.number, html: slidesHtml[i], notes: typeof s.data.notes === 'string' ? s.data.notes : '' }));
  const pages = Array.from({ length: handoutPageCount(items.length, o.perPage) }, (_, p) => ({
    number: p + 1, items: items.slice(p * o.perPage, (p + 1) * o.perPage),
  }));
  return templates.handout({
    lang: deck.lang, title: deck.title, subtitle: deck.subtitle, author: deck.author, date: o.date, theme: deck.theme,
    pages, total: pages.length, perPage: o.perPage, grid: o.perPage >= 4, lines: o.lines,
    styles: o.styles, css: o.css, paper: PAPER[o.paper],
    slide: { width: size.width, height: size.height, scale: width / size.width, boxWidth: width, boxHeight: (width * size.height) / size.width },
    margin: MARGIN,
  }, { md });
}
