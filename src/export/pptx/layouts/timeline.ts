// timeline → "Title and Content" with an accent axis and one group per event (dot, year, label, text),
// alternating above and below the axis as the deck draws it.
import { columns } from '../geometry.ts';
import { inline, para, rect, text, title } from '../draw.ts';
import { SCHEME } from '../palette.ts';
import { place } from '../geometry.ts';
import { rule } from './rule.ts';

interface Event { when: string; label: string; text?: string }

export default rule<{ title: string; events: Event[] }>({
  family: 'content',
  render(d, c) {
    title(c, inline(c, d.title));
    const body = c.geo.body;
    const s = c.theme.type.scale;
    const axisY = body.y + body.h / 2;
    rect(c, { x: body.x, y: axisY - 2, w: body.w, h: 4 }, 'accent', { objectName: 'Timeline axis' });
    const cols = columns(body, d.events.length, 0);
    const labelSize = 30 * s, textSize = 24 * s;
    const bodyH = body.h / 2 - 84;
    d.events.forEach((e, i) => {
      const g = c.group(`Event ${i + 1}: ${e.when}`);
      const col = cols[i]!;
      const cx = col.x + col.w / 2;
      const above = i % 2 === 0;
      const first = i === 0, last = i === d.events.length - 1;
      c.slide.addShape('ellipse', { ...place(c.frame, { x: cx - 13, y: axisY - 13, w: 26, h: 26 }),
        fill: { color: SCHEME.background }, line: { color: SCHEME.accent, width: 4.5 * (c.frame.wIn / 10) * 0.75 }, objectName: `${g}dot` });
      const whenBox = { x: cx - col.w, y: above ? axisY - 30 - labelSize * 1.3 : axisY + 30, w: col.w * 2, h: labelSize * 1.3 };
      text(c, whenBox, [para([{ text: String(e.when) }])], { size: labelSize, color: 'accent-2', bold: true, align: 'center' }, { objectName: `${g}when` });
      const w = first || last ? col.w * 1.5 : Math.min(col.w * 2, body.w);
      const x = first ? col.x : last ? col.x + col.w - w : cx - w / 2;
      const align = first ? 'left' : last ? 'right' : 'center';
      const paras = [{ ...para(inline(c, e.label)), heading: 5 }, ...(e.text ? [para(inline(c, e.text))] : [])];
      const box = { x, y: above ? axisY - 84 - bodyH : axisY + 84, w, h: bodyH };
      text(c, box, paras, { size: textSize, color: 'muted', lineHeight: 1.25, gap: 6, align } as const,
        { valign: above ? 'bottom' : 'top', objectName: `${g}label` });
    });
  },
});
