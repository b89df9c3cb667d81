// bullets → "Title and Content": one paragraph per item in the body placeholder, nested items one level
// deeper (<a:pPr lvl="1">), the theme's accent bullet. Fragments are flattened: every item is shown.
import type { BulletItem } from '../../../content/schema.ts';
import { inline, intoPlaceholder, title, type SlideContext } from '../draw.ts';
import type { Para } from '../markdown-runs.ts';
import { rule } from './rule.ts';

function items(c: SlideContext, list: BulletItem[], level: number, out: Para[]): Para[] {
  for (const item of list) {
    if (Array.isArray(item)) items(c, item, level + 1, out);
    else out.push({ kind: 'para', runs: inline(c, item), level, bullet: 'bullet' });
  }
  return out;
}

export default rule<{ title: string; items: BulletItem[] }>({
  family: 'content',
  render(d, c) {
    title(c, inline(c, d.title));
    intoPlaceholder(c, 'body', items(c, d.items, 0, []), { size: c.size('body'), color: 'text', lineHeight: 1.35 }, c.geo.body);
  },
});
