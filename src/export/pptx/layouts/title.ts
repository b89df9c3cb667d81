// title → "Title Slide": the deck title in the title placeholder, the subtitle in the body placeholder,
// the accent rule and presenter · date beneath.
import { inline, intoPlaceholder, para, rect, text, title } from '../draw.ts';
import { HEADING_FONT } from '../text-props.ts';
import { rule } from './rule.ts';

export default rule<{ title: string; subtitle?: string; presenter?: string; date?: string }>({
  family: 'title',
  render(d, c) {
    const hero = c.geo.hero;
    title(c, inline(c, d.title), { size: c.size('title'), font: HEADING_FONT, lineHeight: 1.02 }, hero.title);
    intoPlaceholder(c, 'body', d.subtitle ? [para(inline(c, d.subtitle))] : [], { size: c.size('body'), color: 'muted' }, hero.subtitle);
    const below = hero.subtitle.y + hero.subtitle.h;
    rect(c, { x: hero.title.x, y: below + 8, w: 160, h: 10 }, 'accent', { radius: 5 });
    const who = [d.presenter, d.date].filter((v) => v !== undefined && v !== '').map(String);
    if (who.length) {
      text(c, { x: hero.title.x, y: below + 44, w: hero.title.w, h: c.frame.height - below - 90 },
        who.map((w) => para(inline(c, w))), { size: c.size('small') * 1.15, color: 'muted', gap: 6 });
    }
  },
});
