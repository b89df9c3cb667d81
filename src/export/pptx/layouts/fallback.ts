// Any other layout (a deck's own, or one this exporter does not know yet) → "Title and Content": the
// `title` field (or the first text field) as the title, every other field as text — Markdown strings as
// paragraphs, lists as bullets, anything else as "name: value". Never fails on unexpected data.
import { flow, inline, md, para, title, type SlideContext } from '../draw.ts';
import type { Block } from '../markdown-runs.ts';
import { rule } from './rule.ts';

const SKIP = new Set(['layout', 'id', 'class', 'background', 'transition', 'notes', 'fragments', 'title']);

function fieldBlocks(c: SlideContext, key: string, v: unknown, level = 0): Block[] {
  if (typeof v === 'string') return md(c, v).map((b) => (b.kind === 'para' && level ? { ...b, level, bullet: 'bullet' as const } : b));
  if (typeof v === 'number' || typeof v === 'boolean') return [para([{ text: String(v) }], level)];
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? fieldBlocks(c, key, x, level + 1)
    : fieldBlocks(c, key, x, level + 1).map((b) => (b.kind === 'para' ? { ...b, bullet: 'bullet' as const } : b))));
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => (typeof x === 'string' || typeof x === 'number'
      ? [{ ...para([{ text: `${k}: `, bold: true }, ...inline(c, String(x))], level), ...(level ? { bullet: 'bullet' as const } : {}) }]
      : fieldBlocks(c, k, x, level)));
  }
  return [];
}

export default rule<Record<string, unknown>>({
  family: 'content',
  render(d, c) {
    const fields = Object.entries(d).filter(([k]) => !SKIP.has(k));
    const named = typeof d.title === 'string' || typeof d.title === 'number' ? String(d.title) : undefined;
    const firstText = fields.find(([, v]) => typeof v === 'string' || typeof v === 'number');
    const heading = named ?? (firstText ? String(firstText[1]) : `Slide (${String(d.layout)})`);
    const rest = named ? fields : fields.filter((f) => f !== firstText);
    title(c, inline(c, heading.split('\n')[0]!));
    flow(c, c.geo.body, rest.flatMap(([k, v]) => fieldBlocks(c, k, v)), { size: c.size('prose'), color: 'text', lineHeight: 1.35 }, 'body');
  },
});
