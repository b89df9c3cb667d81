// columns → two columns: "Two Content" with the two body placeholders, as two-column; three or four:
// "Title and Content" with one text frame per column (a layout has no three-body placeholder set). Each
// column's title is a bold first paragraph; code, tables, pictures and diagrams inside a column are objects
// of their own (draw.ts flow). Without a title: the hidden-title layout, named by the column titles.
import { columns as split } from '../geometry.ts';
import type { Block, Para } from '../markdown-runs.ts';
import { flow, inline, md, title, type SlideContext } from '../draw.ts';
import { fitSize } from '../text-props.ts';
import { rule } from './rule.ts';

interface Column { title?: string; body: string }
interface Columns { title?: string; columns: Column[] }

const blocks = (c: SlideContext, col: Column): Block[] => [
  ...(col.title ? [{ kind: 'para' as const, runs: inline(c, col.title).map((r) => ({ ...r, bold: true })), level: 0, heading: 3 }] : []),
  ...md(c, col.body),
];

export default rule<Columns>({
  family: (d) => (!d.title ? 'blank' : d.columns.length === 2 ? 'two-content' : 'content'),
  render(d, c) {
    title(c, d.title ? inline(c, d.title) : [{ text: d.columns.map((k) => k.title).filter(Boolean).join(' · ') || 'Columns' }]);
    const top = c.theme.spacing['slide-top'];
    const body = d.title ? c.geo.body : { ...c.geo.body, y: top, h: c.geo.body.y + c.geo.body.h - top };
    const n = d.columns.length;
    const boxes = n === 2 && d.title ? [c.geo.left, c.geo.right] : split(body, n, (n === 2 ? 72 : n === 3 ? 64 : 48) * c.theme.spacing.scale);
    const cols = d.columns.map((k) => blocks(c, k));
    const base = { size: n === 4 ? Math.min(c.size('prose'), 32 * c.theme.type.scale) : c.size('prose'), color: 'text' as const, lineHeight: 1.35 };
    // every column at one size: the largest at which the text of each fits
    const size = Math.min(...cols.map((b, i) => fitSize(b.filter((x): x is Para => x.kind === 'para'), base, boxes[i]!.w, boxes[i]!.h)));
    const names = n === 2 && d.title ? ['left', 'right'] : [];
    cols.forEach((b, i) => flow(c, boxes[i]!, b, { ...base, size }, names[i]));
  },
});
