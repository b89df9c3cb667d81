// quote → "Quote with Caption": the quote is the slide's title (as the PDF outline names it), set at the
// quote size beside a large accent quotation mark; the speaker in the body placeholder.
import { inline, intoPlaceholder, mdText, para, text, title } from '../draw.ts';
import { fitSize, textHeight } from '../text-props.ts';
import { rule } from './rule.ts';

export default rule<{ quote: string; by?: string }>({
  family: 'quote',
  render(d, c) {
    const box = c.geo.quote.text;
    const runs = mdText(c, d.quote).flatMap((p, i) => (i ? [{ text: '', br: true }, ...p.runs] : p.runs));
    const style = { size: c.size('quote'), color: 'text' as const, bold: false, lineHeight: 1.22, gap: 0 };
    title(c, runs, style, box);
    // the mark sits at the top-left of the (vertically centred) quote
    const size = fitSize([para(runs)], style, box.w, box.h);
    const top = box.y + Math.max(0, (box.h - textHeight([para(runs)], { ...style, size }, box.w)) / 2);
    const mark = 240 * c.theme.type.scale;
    text(c, { x: box.x - mark * 0.7, y: top - mark * 0.25, w: mark * 0.6, h: mark }, [para([{ text: '\u201C' }])],
      { size: mark, color: 'accent', bold: true, lineHeight: 1 }, { objectName: 'Quotation mark' });
    if (d.by) intoPlaceholder(c, 'body', [para([{ text: '— ' }, ...inline(c, d.by)])], { size: 32 * c.theme.type.scale, color: 'muted' }, c.geo.quote.by);
  },
});
