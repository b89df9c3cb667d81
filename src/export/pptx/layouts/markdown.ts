// markdown → "Title and Content": the body's paragraphs and lists in the body placeholder; code fences,
// tables and images as objects of their own, stacked in order. Without a title, the first heading is one.
import { flow, inline, md, title } from '../draw.ts';
import { runsText } from '../markdown-runs.ts';
import { rule } from './rule.ts';

export default rule<{ title?: string; body: string }>({
  family: 'content',
  render(d, c) {
    const blocks = md(c, d.body);
    let heading = d.title ? inline(c, d.title) : undefined;
    if (!heading) {
      const i = blocks.findIndex((b) => b.kind === 'para' && b.heading);
      const first = blocks[i === -1 ? 0 : i];
      heading = first?.kind === 'para' ? first.runs : [{ text: 'Notes' }];
      if (i !== -1) blocks.splice(i, 1);
    }
    title(c, heading.length ? heading : [{ text: runsText(heading) || ' ' }]);
    flow(c, c.geo.body, blocks, { size: c.size('prose'), color: 'text', lineHeight: 1.35 }, 'body');
  },
});
