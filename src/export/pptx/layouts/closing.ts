// closing → "Section Header": the title in the title placeholder, the text beneath, each link a rounded
// pill holding a hyperlink (grouped as "Links").
import { inline, mdText, para, rect, text, title } from '../draw.ts';
import { SCHEME } from '../palette.ts';
import { rule } from './rule.ts';

type Link = string | { label: string; url: string };

export default rule<{ title: string; text?: string; links?: Link[] }>({
  family: 'section',
  render(d, c) {
    const hero = c.geo.hero;
    title(c, inline(c, d.title), { size: c.size('display'), lineHeight: 1.02 }, hero.title);
    const paras = mdText(c, d.text);
    text(c, { ...hero.subtitle, h: hero.subtitle.h * 0.6 }, paras, { size: c.size('body'), color: 'muted' });
    const links = d.links ?? [];
    if (!links.length) return;
    const g = c.group('Links');
    const size = 32 * c.theme.type.scale;
    let x = hero.title.x;
    let y = hero.subtitle.y + hero.subtitle.h * 0.6 + 10;
    for (const [i, l] of links.entries()) {
      const label = typeof l === 'string' ? l.replace(/^mailto:|^https?:\/\//, '').replace(/\/$/, '') : l.label;
      const url = typeof l === 'string' ? l : l.url;
      const w = Math.min(label.length * size * 0.56 + 64, hero.title.w);
      if (x + w > hero.title.x + hero.title.w) { x = hero.title.x; y += size * 2.4; }
      const box = { x, y, w, h: size * 1.9 };
      rect(c, box, 'surface', { line: 'accent', radius: size, objectName: `${g}pill ${i + 1}` });
      text(c, box, [para([{ text: label, link: url }])], { size, color: 'text', bold: true, align: 'center' },
        { valign: 'middle', objectName: `${g}link ${i + 1}`, color: SCHEME.text });
      x += w + 24;
    }
  },
});
