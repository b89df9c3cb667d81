// section → "Section Header": kicker above, title in the title placeholder, subtitle in the body placeholder.
import { inline, intoPlaceholder, para, text, title } from '../draw.ts';
import { HEADING_FONT } from '../text-props.ts';
import { rule } from './rule.ts';

export default rule<{ title: string; subtitle?: string; kicker?: string }>({
  family: 'section',
  render(d, c) {
    const hero = c.geo.hero;
    if (d.kicker) {
      text(c, { x: hero.title.x, y: hero.title.y - 40, w: hero.title.w, h: 60 },
        [para([{ text: d.kicker.toUpperCase() }])], { size: 32 * c.theme.type.scale, color: 'accent', bold: true }, { charSpacing: 4 });
    }
    title(c, inline(c, d.title), { size: c.size('display'), font: HEADING_FONT, lineHeight: 1.02 }, { ...hero.title, h: hero.title.h - 60 });
    intoPlaceholder(c, 'body', d.subtitle ? [para(inline(c, d.subtitle))] : [], { size: c.size('body'), color: 'muted' }, hero.subtitle);
  },
});
