// Runs and paragraphs → pptxgenjs text objects in the theme's look: bold in accent-2 (as the deck shows it),
// inline code in the mono font, links as hyperlinks in the link colour, bullets with levels in the accent.
// Also a rough measure of wrapped text, so a box can shrink its type instead of overflowing. Pure.
import type PptxGenJS from 'pptxgenjs';
import { points, type Frame } from './geometry.ts';
import type { Para, Run } from './markdown-runs.ts';
import { SCHEME, type PptxTheme, type SchemeToken } from './palette.ts';

export interface TextStyle {
  /** type size in stage px */
  size: number;
  color: SchemeToken;
  /** '+mj-lt' / '+mn-lt' are the theme's heading and body fonts */
  font?: string;
  bold?: boolean;
  italic?: boolean;
  lineHeight?: number;
  /** space after each paragraph, in stage px */
  gap?: number;
  align?: 'left' | 'center' | 'right';
}

export const HEADING_FONT = '+mj-lt';
export const BODY_FONT = '+mn-lt';
type TextProps = PptxGenJS.TextProps;

/** Properties of one run in `style`. */
export function runOptions(r: Run, style: TextStyle, f: Frame, t: PptxTheme): NonNullable<TextProps['options']> {
  const o: NonNullable<TextProps['options']> = {
    fontSize: points(f, style.size), fontFace: r.code ? t.fonts.mono : style.font ?? BODY_FONT,
    color: SCHEME[style.color], bold: Boolean(style.bold || r.bold), italic: Boolean(style.italic || r.italic),
  };
  if (r.bold && !style.bold) o.color = SCHEME['accent-2'];
  if (r.code) o.color = SCHEME['accent-2'];
  if (r.strike) o.strike = 'sngStrike';
  if (r.sup) o.superscript = true;
  if (r.sub) o.baseline = -500; // pptxgenjs writes ×50: PowerPoint's own subscript offset, -25 % (`subscript` gives -40 %)
  if (r.link) { o.hyperlink = { url: r.link }; o.color = SCHEME.link; }
  return o;
}

/** Paragraphs → one text body: each paragraph's runs, a break after all but the last. */
export function paragraphs(paras: Para[], style: TextStyle, f: Frame, t: PptxTheme): TextProps[] {
  const out: TextProps[] = [];
  paras.forEach((p, pi) => {
    const size = p.heading ? style.size * (p.heading <= 2 ? 1.25 : 1.1) : style.size;
    const pStyle: TextStyle = { ...style, size, bold: style.bold || Boolean(p.heading), color: p.quote ? 'muted' : p.heading ? 'text' : style.color };
    const para: NonNullable<TextProps['options']> = {
      paraSpaceAfter: points(f, style.gap ?? size * 0.45), align: p.align ?? style.align ?? 'left', indentLevel: p.level,
      bullet: p.bullet === 'number' ? { type: 'number', indent: points(f, size * 1.3) }
        : p.bullet ? { characterCode: p.level === 0 ? '25C6' : '2022', indent: points(f, size * 1.2) } : false,
    };
    let softBreak = false;
    const runs = p.runs.length ? p.runs : [{ text: '' }];
    runs.forEach((r, ri) => {
      if (r.br) { softBreak = true; return; }
      // pptxgenjs starts a new paragraph at every run that has `bullet`: only the first run carries it
      const { bullet, ...rest } = para;
      const first = ri === runs.findIndex((x) => !x.br);
      const options = { ...runOptions(r, pStyle, f, t), ...rest, ...(first ? { bullet } : {}), ...(softBreak ? { softBreakBefore: true } : {}) };
      softBreak = false;
      out.push({ text: r.text, options });
      if (ri === runs.length - 1 && pi < paras.length - 1) out.at(-1)!.options!.breakLine = true;
    });
    if (out.length && pi < paras.length - 1) out.at(-1)!.options!.breakLine = true;
  });
  return out;
}

/** Estimated height (px) of paragraphs set in `style` across `width` px: average glyph ≈ 0.5 em. */
export function textHeight(paras: Pick<Para, 'runs' | 'level' | 'heading'>[], style: TextStyle, width: number): number {
  const lh = style.lineHeight ?? 1.3;
  let h = 0;
  for (const p of paras) {
    const size = p.heading ? style.size * 1.2 : style.size;
    const indent = p.level * size * 1.2 + (p.level || (p as Para).bullet ? size * 1.2 : 0);
    const perLine = Math.max(4, (width - indent) / (size * 0.53));
    const lines = p.runs.map((r) => (r.br ? '\n' : r.text)).join('').split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    h += lines * size * lh + (style.gap ?? size * 0.45);
  }
  return h;
}

/** The largest size (≤ style.size, ≥ 55 % of it) at which the paragraphs fit `height` px. */
export function fitSize(paras: Pick<Para, 'runs' | 'level' | 'heading'>[], style: TextStyle, width: number, height: number): number {
  let size = style.size;
  while (size > style.size * 0.55 && textHeight(paras, { ...style, size, gap: style.gap && (style.gap * size) / style.size }, width) > height) size *= 0.93;
  return Math.round(size);
}
