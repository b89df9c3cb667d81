// code → "Title and Content" (or the hidden-title layout without a title): the code block as monospace
// runs coloured by highlight.js on a code-background shape, highlighted lines marked; the caption beneath.
import { code, inline, para, text, title } from '../draw.ts';
import { rule } from './rule.ts';

interface Code { title?: string; lang: string; code: string; highlight?: string; caption?: string }

export default rule<Code>({
  family: (d) => (d.title ? 'content' : 'blank'),
  render(d, c) {
    title(c, d.title ? inline(c, d.title) : [{ text: d.caption ? String(d.caption) : `Code (${d.lang})` }]);
    const body = d.title ? c.geo.body : { ...c.geo.body, y: c.theme.spacing['slide-top'], h: c.geo.body.y + c.geo.body.h - c.theme.spacing['slide-top'] };
    const capH = d.caption ? c.size('small') * 2 : 0;
    code(c, { ...body, h: body.h - capH }, d.code, d.lang, d.highlight);
    if (d.caption) text(c, { ...body, y: body.y + body.h - capH + 8, h: capH - 8 }, [para(inline(c, d.caption))], { size: c.size('small'), color: 'muted' });
  },
});
