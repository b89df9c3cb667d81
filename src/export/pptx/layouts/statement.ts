// statement → "Statement" (a Section Header with the footer and slide number): the sentence is the slide's title (as the deck's h2 and the PDF outline name
// it), in the title placeholder at a size that goes with its length as the deck sets it (230 px for a word
// down to 66 px), shrunk further when it would not fit; the kicker above it, the small print in the body.
import { inline, intoPlaceholder, mdText, para, text, title } from '../draw.ts';
import { runsText } from '../markdown-runs.ts';
import { HEADING_FONT } from '../text-props.ts';
import { rule } from './rule.ts';

/** The deck's sizes by length (src/render/helpers.ts statementSize, templates/styles/visual.css). */
export function statementPx(chars: number): number {
  return chars <= 14 ? 230 : chars <= 40 ? 150 : chars <= 80 ? 112 : chars <= 140 ? 84 : 66;
}

export default rule<{ text: string; kicker?: string; small?: string }>({
  family: 'statement',
  render(d, c) {
    const hero = c.geo.hero;
    if (d.kicker) {
      text(c, { x: hero.title.x, y: hero.title.y - 40, w: hero.title.w, h: 60 },
        [para([{ text: d.kicker.toUpperCase() }])], { size: 32 * c.theme.type.scale, color: 'accent', bold: true }, { charSpacing: 4, objectName: 'Kicker' });
    }
    const runs = inline(c, d.text);
    const size = statementPx(runsText(runs).length) * c.theme.type.scale;
    title(c, runs, { size, font: HEADING_FONT, lineHeight: 1.06 }, hero.title);
    const small = mdText(c, d.small);
    intoPlaceholder(c, 'body', small, { size: c.size('body'), color: 'muted', lineHeight: 1.3 }, hero.subtitle);
  },
});
