// stats → "Title and Content" (the hidden-title layout without a title): one group per number — the accent
// rule above it, the value in the heading font as large as its column allows, the label and the note — in
// equal columns, centred in the body; the source beneath in small muted type.
import { columns, type Box } from '../geometry.ts';
import { inline, mdText, para, rect, text, title, type SlideContext } from '../draw.ts';
import { HEADING_FONT } from '../text-props.ts';
import { rule } from './rule.ts';

interface Stat { value: string; label: string; note?: string }
interface Stats { title?: string; items: Stat[]; source?: string }

function stat(c: SlideContext, s: Stat, i: number, box: Box): void {
  const g = c.group(`Stat ${i + 1}: ${s.value}`);
  const k = c.theme.type.scale;
  // as visual.css: 170 px at most, and never wider than the column (≈ 0.62 em per glyph)
  const valueSize = Math.min(170 * k, box.w / (0.62 * Math.max(2, [...String(s.value)].length)));
  rect(c, { x: box.x, y: box.y, w: box.w, h: 6 }, 'accent', { objectName: `${g}rule` });
  let y = box.y + 36;
  text(c, { x: box.x, y, w: box.w, h: valueSize * 1.15 }, [para([{ text: String(s.value) }])],
    { size: valueSize, color: 'text', font: HEADING_FONT, bold: c.theme.headingBold, lineHeight: 1 }, { objectName: `${g}value` });
  y += valueSize * 1.15 + 24;
  const label = mdText(c, s.label);
  const note = mdText(c, s.note);
  const labelH = note.length ? c.size('body') * 1.25 * 2 + 12 : box.y + box.h - y;
  text(c, { x: box.x, y, w: box.w, h: labelH }, label, { size: c.size('body'), color: 'text', lineHeight: 1.25, gap: 0 }, { objectName: `${g}label` });
  if (note.length) text(c, { x: box.x, y: y + labelH, w: box.w, h: Math.max(40, box.y + box.h - y - labelH) }, note,
    { size: c.size('small'), color: 'muted', lineHeight: 1.35, gap: 0 }, { objectName: `${g}note` });
}

export default rule<Stats>({
  family: (d) => (d.title ? 'content' : 'blank'),
  render(d, c) {
    title(c, d.title ? inline(c, d.title) : [{ text: d.items.map((s) => `${s.value} ${s.label}`).join(' · ') }]);
    const top = c.theme.spacing['slide-top'];
    const body = d.title ? c.geo.body : { ...c.geo.body, y: top, h: c.geo.body.y + c.geo.body.h - top };
    const source = mdText(c, d.source);
    const sourceH = source.length ? c.size('small') * 2.4 : 0;
    // the numbers' block is centred in the body, as .stats-body does
    const h = Math.min(body.h - sourceH - (sourceH ? 64 : 0), 170 * c.theme.type.scale * 1.15 + 36 + 24 + c.size('body') * 2.6 + c.size('small') * 2.8);
    const y = body.y + (body.h - h - sourceH - (sourceH ? 64 : 0)) / 2;
    const boxes = columns({ x: body.x, y, w: body.w, h }, d.items.length, 64 * c.theme.spacing.scale);
    boxes.forEach((box, i) => stat(c, d.items[i]!, i, box));
    if (source.length) text(c, { x: body.x, y: y + h + 64, w: body.w, h: sourceH }, source, { size: c.size('small'), color: 'muted' }, { objectName: 'Source' });
  },
});
