// two-column → "Two Content": the two Markdown fields in the two body placeholders, column titles as bold
// first paragraphs in the accent colour.
import type { Para } from '../markdown-runs.ts';
import { flow, inline, md, title, type SlideContext } from '../draw.ts';
import { rule } from './rule.ts';

const column = (c: SlideContext, heading: string | undefined, body: string): Para[] | ReturnType<typeof md> => [
  ...(heading ? [{ kind: 'para' as const, runs: inline(c, heading).map((r) => ({ ...r, bold: true })), level: 0, heading: 3 }] : []),
  ...md(c, body),
];

export default rule<{ title: string; left: string; right: string; leftTitle?: string; rightTitle?: string }>({
  family: 'two-content',
  render(d, c) {
    title(c, inline(c, d.title));
    const style = { size: c.size('prose'), color: 'text' as const, lineHeight: 1.35 };
    flow(c, c.geo.left, column(c, d.leftTitle, d.left), style, 'left');
    flow(c, c.geo.right, column(c, d.rightTitle, d.right), style, 'right');
  },
});
