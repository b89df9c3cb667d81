// two-column → "Two Content": the two Markdown fields in the two body placeholders, column titles as bold
// first paragraphs in the accent colour.
import type { Para } from '../markdown-runs.ts';
import { flow, inline, md, title, type SlideContext } from '../draw.ts';
import { fitSize } from '../text-props.ts';
import { rule } from './rule.ts';

const column = (c: SlideContext, heading: string | undefined, body: string): Para[] | ReturnType<typeof md> => [
  ...(heading ? [{ kind: 'para' as const, runs: inline(c, heading).map((r) => ({ ...r, bold: true })), level: 0, heading: 3 }] : []),
  ...md(c, body),
];

export default rule<{ title: string; left: string; right: string; leftTitle?: string; rightTitle?: string }>({
  family: 'two-content',
  render(d, c) {
    title(c, inline(c, d.title));
    const cols = [column(c, d.leftTitle, d.left), column(c, d.rightTitle, d.right)];
    const base = { size: c.size('prose'), color: 'text' as const, lineHeight: 1.35 };
    // both columns at one size: the largest at which the text of each fits
    const size = Math.min(...cols.map((blocks, i) => fitSize(blocks.filter((b): b is Para => b.kind === 'para'), base, c.geo.left.w, (i ? c.geo.right : c.geo.left).h)));
    flow(c, c.geo.left, cols[0]!, { ...base, size }, 'left');
    flow(c, c.geo.right, cols[1]!, { ...base, size }, 'right');
  },
});
