// `aside:` on any layout → the picture on its side of the slide, edge to edge (cropped to fill, or contained),
// described by its alt text; the layout rule then lays the slide out in the rest, as the deck does: a
// narrower geometry, and the placeholders it fills moved there (draw.ts names them, ooxml.ts moves them).
// The master's footer and accent bar stay where they are: the picture covers them on its side.
import type PptxGenJS from 'pptxgenjs';
import { percent } from '../../content/visual-schema.ts';
import { positionFractions } from '../../media/backgrounds.ts';
import { cover } from './backgrounds.ts';
import { place, type Box, type Frame } from './geometry.ts';
import { containIn, type Picture } from './images.ts';
import { geometry, type Geometry } from './master.ts';
import type { PptxTheme } from './palette.ts';

interface Aside { image: string; alt: string; side?: 'left' | 'right'; width?: string; fit?: 'cover' | 'contain'; position?: string }

const isAside = (v: unknown): v is Aside => Boolean(v && typeof v === 'object' && typeof (v as Aside).image === 'string');

/** Every box of a geometry moved `dx` px to the right. */
function shift<T>(g: T, dx: number): T {
  if (!g || typeof g !== 'object') return g;
  const o = g as Record<string, unknown>;
  if (typeof o.x === 'number' && typeof o.w === 'number') return { ...o, x: o.x + dx } as T;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shift(v, dx)])) as T;
}

/** The aside's box and the geometry of the rest of the slide, or undefined without an aside. */
export function asideLayout(raw: unknown, f: Frame, t: PptxTheme): { aside: Aside; box: Box; geo: Geometry } | undefined {
  if (!isAside(raw)) return undefined;
  const w = Math.round((f.width * percent(raw.width ?? '40%')) / 100);
  const left = (raw.side ?? 'left') === 'left';
  const box = { x: left ? 0 : f.width - w, y: 0, w, h: f.height };
  return { aside: raw, box, geo: shift(geometry({ ...f, width: f.width - w }, t), left ? w : 0) };
}

/** The aside's picture in its box (the caller has checked it was read); false when it was not (remote). */
export function drawAside(slide: PptxGenJS.Slide, a: Aside, box: Box, pictures: Map<string, Picture>, f: Frame): boolean {
  const pic = pictures.get(a.image);
  if (!pic) return false;
  if (a.fit !== 'contain') { cover(slide, pic, box, f, { altText: a.alt, objectName: 'Aside' }); return true; }
  const fit = containIn(pic, box);
  const at = positionFractions(a.position ?? 'center');
  slide.addImage({ data: pic.svg ?? pic.data, ...place(f, { ...fit, x: box.x + (box.w - fit.w) * at.x, y: box.y + (box.h - fit.h) * at.y }), altText: a.alt, objectName: 'Aside' });
  return true;
}
