// What a layout rule draws with: the slide, its frame and theme, and helpers that turn Podium's content
// (Markdown fields, code, pictures) into native objects at stage-px positions.
import type PptxGenJS from 'pptxgenjs';
import { codeLines } from './code-runs.ts';
import { place, points, type Box, type Frame } from './geometry.ts';
import { containIn, type PictureSet } from './images.ts';
import type { Geometry } from './master.ts';
import { inlineMarkdown, markdownBlocks, runsText, type Block, type Para, type Run } from './markdown-runs.ts';
import { SCHEME, type PptxTheme, type SchemeToken } from './palette.ts';
import { fitSize, HEADING_FONT, paragraphs, runOptions, textHeight, type TextStyle } from './text-props.ts';

export interface SlideContext {
  slide: PptxGenJS.Slide;
  frame: Frame;
  theme: PptxTheme;
  geo: Geometry;
  pictures: PictureSet;
  allowHtml: boolean;
  /** type size token × the theme's scale, in px */
  size(token: keyof PptxTheme['type'] | number): number;
  /** a new group: shapes drawn with its name are wrapped into one <p:grpSp> (ooxml.ts) */
  group(name: string): string;
  /** beside an aside: the frame (EMU) of each placeholder filled, in order, to move it there (ooxml.ts) */
  placed?: number[][];
}

export const md = (c: SlideContext, src: unknown): Block[] => (typeof src === 'string' && src.trim() ? markdownBlocks(src, c.allowHtml) : []);
/** A small text field (a card, a label, a quote) as paragraphs only: what is not text there — a code block, a
 * table, a picture — comes as text (the code in the mono font, the table's cells, the picture's alt text),
 * never dropped. */
export const mdText = (c: SlideContext, src: unknown): Para[] => md(c, src).map((b): Para => (b.kind === 'para' ? b
  : b.kind === 'code' ? para([{ text: b.code, code: true }]) : b.kind === 'table' ? para([{ text: b.rows.map((r) => r.map(runsText).join(' · ')).join(' / ') }])
    : para([{ text: `[${b.alt || b.src}]`, italic: true }])));
export const inline = (c: SlideContext, src: unknown): Run[] => (typeof src === 'string' || typeof src === 'number' ? inlineMarkdown(String(src), c.allowHtml) : []);
export const para = (runs: Run[], level = 0): Para => ({ kind: 'para', runs, level });
const isPara = (b: Block): b is Para => b.kind === 'para';

/** Text into a placeholder of the slide's layout; the size shrinks when the text would not fit. */
export function intoPlaceholder(c: SlideContext, name: string, paras: Para[], style: TextStyle, box: Box): void {
  if (!paras.length) return;
  const size = fitSize(paras, style, box.w, box.h);
  c.placed?.push(Object.values(place(c.frame, box)).map((v) => Math.round(v * 914400)));
  c.slide.addText(paragraphs(paras, { ...style, size }, c.frame, c.theme), { placeholder: name, fontSize: points(c.frame, size) });
}

/** The slide's title in its title placeholder (PowerPoint's outline reads it from there). */
export function title(c: SlideContext, runs: Run[], style: Partial<TextStyle> = {}, box = c.geo.title): void {
  intoPlaceholder(c, 'title', [para(runs)], { size: c.size('heading'), color: 'text', font: HEADING_FONT, bold: c.theme.headingBold, lineHeight: 1.1, gap: 0, ...style }, box);
}

/** A free text box. */
export function text(c: SlideContext, box: Box, paras: Para[], style: TextStyle, o: Partial<PptxGenJS.TextPropsOptions> = {}): void {
  if (!paras.length) return;
  const size = fitSize(paras, style, box.w - 2, box.h);
  c.slide.addText(paragraphs(paras, { ...style, size }, c.frame, c.theme), {
    ...place(c.frame, box), margin: 0, valign: 'top', lineSpacingMultiple: style.lineHeight ?? 1.2, ...o,
  });
}

export function rect(c: SlideContext, box: Box, fill: SchemeToken, o: Omit<Partial<PptxGenJS.ShapeProps>, 'line'> & { line?: SchemeToken; radius?: number; transparency?: number } = {}): void {
  const { line, radius, transparency, ...rest } = o;
  c.slide.addShape(radius ? 'roundRect' : 'rect', {
    ...place(c.frame, box), fill: { color: SCHEME[fill], ...(transparency ? { transparency } : {}) },
    line: line ? { color: SCHEME[line], width: 1 } : { type: 'none' },
    ...(radius ? { rectRadius: Math.min(0.5, radius / Math.min(box.w, box.h)) } : {}), ...rest,
  } as PptxGenJS.ShapeProps);
}

/** A picture fitted into `box`, with its alt text as the description screen readers and PowerPoint show. */
export function picture(c: SlideContext, ref: string, box: Box, alt: string, objectName?: string): boolean {
  const pic = c.pictures.get(ref);
  if (!pic) return false;
  // an SVG goes in as itself: pptxgenjs writes it as an <asvg:svgBlip> with a PNG beside it (ooxml.ts fills the PNG)
  c.slide.addImage({ data: pic.svg ?? pic.data, ...place(c.frame, containIn(pic, box)), altText: alt, ...(objectName ? { objectName } : {}) });
  return true;
}

/** Code as monospace text with highlighted runs on a code-background shape; marked lines get the accent bar. */
export function code(c: SlideContext, box: Box, src: string, lang: string, highlight?: string): void {
  const lines = codeLines(src, lang, highlight);
  const padX = 48, padY = 36;
  const longest = Math.max(...lines.map((l) => l.runs.reduce((n, r) => n + r.text.length, 0)), 20);
  let size = c.size('small');
  const lh = 1.55;
  size = Math.min(size, (box.w - 2 * padX) / (longest * 0.6), (box.h - 2 * padY) / (lines.length * lh));
  const h = Math.min(box.h, lines.length * size * lh + 2 * padY);
  const g = c.group('Code');
  rect(c, { ...box, h }, 'code-background', { line: 'border', radius: 20, objectName: `${g}background` });
  lines.forEach((l, i) => {
    if (l.marked) rect(c, { x: box.x, y: box.y + padY + i * size * lh, w: box.w, h: size * lh }, 'accent', { transparency: 88, objectName: `${g}mark ${i + 1}` });
  });
  const props: PptxGenJS.TextProps[] = [];
  lines.forEach((l, i) => {
    const runs = l.runs.length ? l.runs : [{ text: ' ', color: 'text' as const }];
    runs.forEach((r, j) => props.push({ text: r.text, options: {
      fontFace: c.theme.fonts.mono, fontSize: points(c.frame, size), color: SCHEME[r.color], bold: Boolean(r.bold), italic: Boolean(r.italic),
      ...(l.dimmed ? { transparency: 55 } : {}), ...(j === runs.length - 1 && i < lines.length - 1 ? { breakLine: true } : {}),
    } }));
  });
  c.slide.addText(props, { ...place(c.frame, { x: box.x + padX, y: box.y + padY, w: box.w - 2 * padX, h: h - 2 * padY }),
    margin: 0, valign: 'top', lineSpacingMultiple: lh * 0.83, objectName: `${g}code (${lang})` });
}

/** A Markdown table as a PowerPoint table: header row bold on the surface colour. */
export function table(c: SlideContext, box: Box, rows: Run[][][], style: TextStyle): number {
  const cols = Math.max(...rows.map((r) => r.length));
  const size = Math.min(style.size, c.size('small') * 1.1);
  const rowH = size * 1.9;
  c.slide.addTable(rows.map((row, ri) => Array.from({ length: cols }, (_, ci) => ({
    text: (row[ci] ?? []).map((r) => ({ text: r.text, options: runOptions(r, { ...style, size, bold: ri === 0 }, c.frame, c.theme) })),
    options: { fill: { color: SCHEME[ri === 0 ? 'surface' : 'background'] } },
  }))), { ...place(c.frame, { ...box, h: rowH * rows.length }), fontSize: points(c.frame, size), border: { type: 'solid', pt: 1, color: SCHEME.border }, valign: 'middle', margin: 0.06 });
  return rowH * rows.length;
}

/** A ```mermaid block's picture (the SVG the media stage drew, keyed by the block's text), if there is one;
 * without one (a deck built without the media stage) the block shows as code, as in the HTML. */
const diagramOf = (c: SlideContext, b: { code: string; lang: string }) => (b.lang === 'mermaid' && c.pictures.has(`mermaid:${b.code}`) ? `mermaid:${b.code}` : undefined);
/** Its description: mermaid's own accDescr or accTitle, else the kind of diagram. */
const diagramAlt = (src: string) => /^\s*acc(?:Descr|Title)\s*:\s*(.+)$/m.exec(src)?.[1]?.trim() ?? `Diagram (mermaid ${src.trim().split(/\s/)[0]})`;

/** Markdown blocks stacked top to bottom in `box`: text runs as paragraphs, code, tables and pictures as
 * objects of their own. With only text, the text goes into `placeholder` when given. */
export function flow(c: SlideContext, box: Box, blocks: Block[], style: TextStyle, placeholder?: string): void {
  if (!blocks.length) return;
  if (placeholder && blocks.every(isPara)) { intoPlaceholder(c, placeholder, blocks, style, box); return; }
  const heights = blocks.map((b) => (b.kind === 'para' ? textHeight([b], style, box.w) : b.kind === 'code' && !diagramOf(c, b) ? (b.code.split('\n').length * 1.55 * c.size('small') + 72)
    : b.kind === 'table' ? b.rows.length * Math.min(style.size, c.size('small') * 1.1) * 1.9 + 20 : box.h * 0.5));
  const total = heights.reduce((a, b) => a + b, 0);
  const k = Math.min(1, box.h / total);
  let y = box.y;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'para') {
      let j = i; const run: Para[] = [];
      while (j < blocks.length && blocks[j]!.kind === 'para') run.push(blocks[j++] as Para);
      const h = run.reduce((n, _, m) => n + heights[i + m]!, 0) * k;
      text(c, { x: box.x, y, w: box.w, h }, run, { ...style, size: style.size * Math.max(0.6, k) });
      y += h; i = j - 1;
    } else if (b.kind === 'code') {
      const diagram = diagramOf(c, b);
      if (diagram) picture(c, diagram, { x: box.x, y, w: box.w, h: heights[i]! * k }, diagramAlt(b.code), 'Diagram');
      else code(c, { x: box.x, y, w: box.w, h: heights[i]! * k }, b.code, b.lang);
      y += heights[i]! * k + 12;
    }
    else if (b.kind === 'table') { y += table(c, { x: box.x, y, w: box.w, h: heights[i]! * k }, b.rows, style) + 20; }
    else if (!picture(c, b.src, { x: box.x, y, w: box.w, h: heights[i]! * k }, b.alt)) {
      text(c, { x: box.x, y, w: box.w, h: heights[i]! * k }, [para([{ text: `[${b.alt || b.src}]`, italic: true }])], { ...style, color: 'muted' });
      y += heights[i]! * k;
    } else y += heights[i]! * k;
  }
}

export { runsText };
