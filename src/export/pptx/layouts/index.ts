// The layout rules in one list. A new layout family is one new file here and one line below; a layout with
// no rule (a deck's own, or one added elsewhere first) is drawn by the fallback, never refused.
import type { LayoutRule } from './rule.ts';
import bullets from './bullets.ts';
import cards from './cards.ts';
import closing from './closing.ts';
import code from './code.ts';
import columns from './columns.ts';
import fallback from './fallback.ts';
import gallery from './gallery.ts';
import image from './image.ts';
import markdown from './markdown.ts';
import media from './media.ts';
import quote from './quote.ts';
import section from './section.ts';
import statement from './statement.ts';
import stats from './stats.ts';
import timeline from './timeline.ts';
import title from './title.ts';
import twoColumn from './two-column.ts';

export const RULES: Record<string, LayoutRule> = {
  title, section, bullets, timeline, cards, quote, 'two-column': twoColumn, image, code, markdown, closing,
  diagram: media, chart: media, statement, stats, columns, gallery,
};

export function ruleFor(layout: string): LayoutRule {
  return Object.hasOwn(RULES, layout) ? RULES[layout]! : fallback;
}

export { fallback };
