// image → "Picture with Caption": the picture fitted into the body (its alt text as the description), the
// caption in the caption placeholder. Without a title: the hidden-title layout, titled by the alt text.
// SVGs arrive as PNG (images.ts).
import { inline, intoPlaceholder, para, picture, text, title } from '../draw.ts';
import { rule } from './rule.ts';

interface Image { title?: string; src: string; alt: string; caption?: string }

export default rule<Image>({
  family: (d) => (d.title ? 'picture' : 'blank'),
  render(d, c) {
    title(c, d.title ? inline(c, d.title) : [{ text: d.alt }]);
    const g = c.geo;
    const top = c.theme.spacing['slide-top'];
    const box = d.title ? g.picture : { ...g.picture, y: top, h: g.picture.y + g.picture.h - top };
    // a remote picture (allowRemote) is not fetched: its alt text stands in its place
    if (!picture(c, d.src, box, d.alt, 'Picture')) text(c, box, [para([{ text: `[${d.alt}]`, italic: true }])], { size: c.size('body'), color: 'muted', align: 'center' }, { valign: 'middle' });
    if (!d.caption) return;
    const caption = [para(inline(c, d.caption))];
    const style = { size: c.size('small'), color: 'muted' as const, align: 'center' as const };
    if (d.title) intoPlaceholder(c, 'caption', caption, style, g.caption);
    else text(c, g.caption, caption, style, { valign: 'middle' });
  },
});
