// Comparing screenshots pixel by pixel (decoded with sharp), and copying decks into a test project.
import { cpSync } from 'node:fs';

export interface Diff {
  /** "<width>x<height>" of the first image */
  size: string;
  total: number;
  /** pixels where some channel differs by more than the tolerance */
  different: number;
  /** bounding box of the different pixels, "x0,y0–x1,y1", or "nowhere" */
  box: string;
  /** the largest channel difference seen */
  worst: number;
}

/** Decodes two PNGs to raw RGBA and counts the pixels that differ by more than `tolerance` in any channel. */
export async function pixelDiff(a: Buffer, b: Buffer, tolerance: number): Promise<Diff> {
  const sharp = (await import('sharp')).default;
  const [ra, rb] = await Promise.all([a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
  const { width, height } = ra!.info;
  if (rb!.info.width !== width || rb!.info.height !== height) {
    return { size: `${width}x${height} vs ${rb!.info.width}x${rb!.info.height}`, total: width * height, different: width * height, box: 'everywhere', worst: 255 };
  }
  let different = 0;
  let worst = 0;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  const pa = ra!.data;
  const pb = rb!.data;
  for (let i = 0; i < pa.length; i += 4) {
    const d = Math.max(Math.abs(pa[i]! - pb[i]!), Math.abs(pa[i + 1]! - pb[i + 1]!), Math.abs(pa[i + 2]! - pb[i + 2]!), Math.abs(pa[i + 3]! - pb[i + 3]!));
    if (d > worst) worst = d;
    if (d <= tolerance) continue;
    different++;
    const p = i / 4;
    const x = p % width;
    const y = Math.floor(p / width);
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { size: `${width}x${height}`, total: width * height, different, box: different ? `${x0},${y0}–${x1},${y1}` : 'nowhere', worst };
}

/** Copies a deck folder (its images, bodies and theme/ folder) to `dest`; returns `dest`. */
export function copyDeck(src: string, dest: string): string {
  cpSync(src, dest, { recursive: true });
  return dest;
}
