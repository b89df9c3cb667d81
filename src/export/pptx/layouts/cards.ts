// cards → "Title and Content" with one group per card: a rounded surface with the accent edge, the number
// (or icon), the card title and its text — grouped, so a card moves as one in PowerPoint.
import { columns, type Box } from '../geometry.ts';
import { inline, mdText, para, picture, rect, text, title, type SlideContext } from '../draw.ts';
import type { Para } from '../markdown-runs.ts';
import { fitSize, type TextStyle } from '../text-props.ts';
import { rule } from './rule.ts';

const cardText: Omit<TextStyle, 'size'> = { color: 'muted', lineHeight: 1.3, gap: 12 };

interface Card { title: string; text?: string; icon?: string }

/** Rows of the grid, as layouts.css lays them out (5 cards: three above, two centred below). */
function grid(body: Box, n: number, gap: number): Box[] {
  const perRow = n === 1 ? 1 : n === 2 || n === 4 ? 2 : 3;
  const rows = Math.ceil(n / perRow);
  const h = Math.min((body.h - gap * (rows - 1)) / rows, body.h * 0.8);
  const boxes: Box[] = [];
  for (let r = 0; r < rows; r++) {
    const inRow = Math.min(perRow, n - r * perRow);
    const cols = columns({ ...body, y: body.y + r * (h + gap), h }, perRow, gap);
    const shift = ((perRow - inRow) * (cols[0]!.w + gap)) / 2;
    for (let i = 0; i < inRow; i++) boxes.push({ ...cols[i]!, x: cols[i]!.x + shift });
  }
  return boxes;
}

/** Text boxes of a card: the number or icon on top, then title and text. */
function parts(c: SlideContext, k: Card, box: Box) {
  const inner = { x: box.x + 40, y: box.y + 36, w: box.w - 80, h: box.h - 60 };
  const headH = 48 * c.theme.type.scale;
  const paras: Para[] = [{ ...para(inline(c, k.title)), heading: 4 }, ...mdText(c, k.text)];
  return { inner, headH, paras, textBox: { ...inner, y: inner.y + headH + 16, h: inner.h - headH - 16 } };
}

function card(c: SlideContext, k: Card, i: number, box: Box, size: number): void {
  const g = c.group(`Card ${i + 1}`);
  const s = c.theme.type.scale;
  rect(c, box, 'surface', { line: 'border', radius: 24, objectName: `${g}card` });
  rect(c, { x: box.x + 2, y: box.y, w: box.w - 4, h: 6 }, 'accent', { objectName: `${g}edge` });
  const { inner, headH, paras, textBox } = parts(c, k, box);
  const isPicture = k.icon !== undefined && /[/.]/.test(k.icon) && k.icon.length > 3;
  const drawn = isPicture && picture(c, k.icon!, { x: inner.x, y: inner.y, w: 56, h: 56 }, '', `${g}icon`);
  if (!drawn) text(c, { ...inner, h: headH }, [para([{ text: k.icon ?? String(i + 1).padStart(2, '0') }])],
    { size: (k.icon ? 48 : 26) * s, color: k.icon ? 'text' : 'accent', bold: !k.icon }, { objectName: `${g}${k.icon ? 'icon' : 'number'}` });
  text(c, textBox, paras, { ...cardText, size }, { objectName: `${g}text` });
}

export default rule<{ title: string; cards: Card[] }>({
  family: 'content',
  render(d, c) {
    title(c, inline(c, d.title));
    const boxes = grid(c.geo.body, d.cards.length, 32 * c.theme.spacing.scale);
    // one type size for every card: the largest at which all of them fit
    const size = Math.min(...boxes.map((box, i) => { const p = parts(c, d.cards[i]!, box); return fitSize(p.paras, { ...cardText, size: c.size('small') }, p.textBox.w - 2, p.textBox.h); }));
    boxes.forEach((box, i) => card(c, d.cards[i]!, i, box, size));
  },
});
