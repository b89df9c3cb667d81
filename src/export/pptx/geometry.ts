// Podium lays slides out in CSS px on a 1920×1080 (16:9) or 1440×1080 (4:3) stage; PowerPoint measures in
// inches on a 10 in wide slide. One scale converts both ways, so positions and type sizes read like the CSS.
import { SLIDE_SIZE } from '../../render/slide-size.ts';

export type Aspect = keyof typeof SLIDE_SIZE;

export interface Frame {
  aspect: Aspect;
  /** the stage in CSS px */
  width: number;
  height: number;
  /** the PowerPoint slide in inches */
  wIn: number;
  hIn: number;
}

/** A rectangle in stage px. */
export interface Box { x: number; y: number; w: number; h: number }

export function frameFor(aspect: Aspect): Frame {
  const { width, height } = SLIDE_SIZE[aspect];
  return { aspect, width, height, wIn: 10, hIn: (10 * height) / width };
}

/** stage px → inches */
export const inches = (f: Frame, px: number) => (px * f.wIn) / f.width;
/** stage px → points (type sizes) */
export const points = (f: Frame, px: number) => Math.round(((px * f.wIn * 72) / f.width) * 10) / 10;

/** A box as pptxgenjs position options (inches). */
export function place(f: Frame, b: Box): { x: number; y: number; w: number; h: number } {
  return { x: inches(f, b.x), y: inches(f, b.y), w: inches(f, b.w), h: inches(f, b.h) };
}

/** Split a box into `n` columns with `gap` px between them. */
export function columns(b: Box, n: number, gap: number): Box[] {
  const w = (b.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: b.x + i * (w + gap), y: b.y, w, h: b.h }));
}
