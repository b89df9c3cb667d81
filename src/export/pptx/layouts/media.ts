// diagram, chart → "Picture with Caption": the SVG the media stage drew (mermaid, Vega-Lite), as a PNG
// rendered with resvg, fitted into the body with the chart's alt text (or the title) as its description;
// the caption in the caption placeholder. Without a title: the hidden-title layout, titled by the alt text.
import { inline, intoPlaceholder, para, picture, text, title } from '../draw.ts';
import { rule } from './rule.ts';

interface Media { title?: string; alt?: string; caption?: string; mediaPicture?: string }

export default rule<Media>({
  family: (d) => (d.title ? 'picture' : 'blank'),
  render(d, c) {
    const alt = d.alt ?? d.title ?? 'Diagram';
    title(c, d.title ? inline(c, d.title) : [{ text: alt }]);
    const g = c.geo;
    const top = c.theme.spacing['slide-top'];
    const box = d.title ? g.picture : { ...g.picture, y: top, h: g.picture.y + g.picture.h - top };
    if (!d.mediaPicture || !picture(c, d.mediaPicture, box, alt, 'Picture')) {
      text(c, box, [para([{ text: `[${alt}]`, italic: true }])], { size: c.size('body'), color: 'muted', align: 'center' }, { valign: 'middle' });
    }
    if (!d.caption) return;
    const caption = [para(inline(c, d.caption))];
    const style = { size: c.size('small'), color: 'muted' as const, align: 'center' as const };
    if (d.title) intoPlaceholder(c, 'caption', caption, style, g.caption);
    else text(c, g.caption, caption, style, { valign: 'middle' });
  },
});
