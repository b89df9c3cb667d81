// gallery → "Picture with Caption" (the hidden-title layout without a title): the pictures in the deck's
// justified grid (2–3 in one row, 4 → 2 + 2, 5 → 3 + 2, 6 → 3 + 3; in a row every picture has the same
// height and its own aspect ratio), each grouped with its caption and described by its alt text.
import type { Box } from '../geometry.ts';
import { inline, para, picture, text, title, type SlideContext } from '../draw.ts';
import { rule } from './rule.ts';

interface Item { src: string; alt: string; caption?: string }
interface Gallery { title?: string; images: Item[] }

const GAP = 32;

/** Rows of the grid as the deck splits them. */
export const rowSizes = (n: number): number[] => (n <= 3 ? [n] : n === 4 ? [2, 2] : [3, n - 3]);

/** Boxes (picture + caption) of each image: rows fill the width, then the whole grid is scaled to fit `body`. */
export function galleryBoxes(ratios: number[], body: Box, captionH: number): Box[] {
  let i = 0;
  const rows = rowSizes(ratios.length).map((n) => ratios.slice(i, (i += n)));
  const heights = rows.map((r) => (body.w - GAP * (r.length - 1)) / r.reduce((a, b) => a + b, 0));
  const total = heights.reduce((a, b) => a + b + captionH, 0) + GAP * (rows.length - 1);
  const k = Math.min(1, body.h / total);
  const boxes: Box[] = [];
  let y = body.y + (body.h - total * k) / 2;
  rows.forEach((r, ri) => {
    const h = heights[ri]! * k;
    const w = r.reduce((a, b) => a + b * h, 0) + GAP * (r.length - 1);
    let x = body.x + (body.w - w) / 2;
    for (const ratio of r) { boxes.push({ x, y, w: ratio * h, h: h + captionH * k }); x += ratio * h + GAP; }
    y += h + (captionH + GAP) * k;
  });
  return boxes;
}

function item(c: SlideContext, img: Item, i: number, box: Box, captionH: number): void {
  const g = c.group(`Picture ${i + 1}`);
  const pic = { ...box, h: box.h - captionH };
  if (!picture(c, img.src, pic, img.alt, `${g}picture`)) {
    text(c, pic, [para([{ text: `[${img.alt}]`, italic: true }])], { size: c.size('small'), color: 'muted', align: 'center' }, { valign: 'middle', objectName: `${g}alt` });
  }
  if (img.caption) text(c, { x: box.x, y: box.y + pic.h + 8, w: box.w, h: captionH - 8 }, [para(inline(c, img.caption))],
    { size: c.size('small'), color: 'muted', align: 'center', lineHeight: 1.3 }, { objectName: `${g}caption` });
}

export default rule<Gallery>({
  family: (d) => (d.title ? 'picture' : 'blank'),
  render(d, c) {
    title(c, d.title ? inline(c, d.title) : [{ text: d.images.map((m) => m.alt).join(' · ') }]);
    const top = c.theme.spacing['slide-top'];
    const body = d.title ? c.geo.body : { ...c.geo.body, y: top, h: c.geo.body.y + c.geo.body.h - top };
    const captionH = d.images.some((m) => m.caption) ? c.size('small') * 1.3 + 16 : 0;
    const ratios = d.images.map((m) => { const p = c.pictures.get(m.src); return p ? p.width / p.height : 4 / 3; });
    galleryBoxes(ratios, body, captionH).forEach((box, i) => item(c, d.images[i]!, i, box, captionH));
  },
});
