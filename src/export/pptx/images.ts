// Pictures for the .pptx, read before the slides are laid out (the layout rules stay synchronous and pure).
// PowerPoint shows PNG, JPEG and GIF everywhere; SVG is rasterised with resvg (a maintained Rust renderer,
// no browser) and WebP/AVIF/TIFF are converted with sharp, both to PNG, so no picture is dropped. A file that
// is not a readable image is a positioned DeckError.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { safeDecode } from '../../content/resolve.ts';
import { DeckError, type Problem } from '../../errors.ts';

export interface Picture {
  /** what PowerPoint shows everywhere: PNG, JPEG or GIF (`image/png;base64,…`) */
  data: string;
  width: number;
  height: number;
  converted?: 'svg' | 'raster';
  /** the SVG itself, for PowerPoint 2016+ (an <asvg:svgBlip> beside the PNG, ooxml.ts svgFallbacks) */
  svg?: string;
}
export type PictureSet = Map<string, Picture>;

const NATIVE = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp']);
/** SVGs are drawn this many pixels wide at least, so they stay sharp on a projector. */
const SVG_MIN_WIDTH = 1600;

const dataUri = (mime: string, bytes: Uint8Array) => `${mime};base64,${Buffer.from(bytes).toString('base64')}`;

/** The theme's fonts for SVG text: TrueType files (svg-fonts.ts) and the families generic names stand for. */
export interface SvgFonts { files: () => string[]; body: string; heading: string; mono: string }

export async function svgToPng(bytes: Uint8Array, fonts?: SvgFonts): Promise<Picture> {
  const { Resvg } = await import('@resvg/resvg-js');
  // fonts are loaded only when the drawing has text: the scan costs more than the drawing. The theme's own
  // fonts first, so the PNG's text is set as the deck sets it; system fonts for glyphs they lack.
  const hasText = Buffer.from(bytes).includes('<text');
  const font = !hasText ? { loadSystemFonts: false } : {
    loadSystemFonts: true, ...(fonts ? { fontFiles: fonts.files(), defaultFontFamily: fonts.body, sansSerifFamily: fonts.body, serifFamily: fonts.heading, monospaceFamily: fonts.mono } : {}),
  };
  const probe = new Resvg(Buffer.from(bytes), { font });
  const width = Math.max(SVG_MIN_WIDTH, Math.round(probe.width));
  const png = new Resvg(Buffer.from(bytes), { fitTo: { mode: 'width', value: width }, font }).render();
  return { data: dataUri('image/png', png.asPng()), width: png.width, height: png.height, converted: 'svg', svg: dataUri('image/svg+xml', bytes) };
}

async function rasterToPng(bytes: Uint8Array): Promise<Picture> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes).png().toBuffer({ resolveWithObject: true });
  return { data: dataUri('image/png', data), width: info.width, height: info.height, converted: 'raster' };
}

/** One image file as a picture PowerPoint can show. */
export async function loadPicture(file: string, fonts?: SvgFonts): Promise<Picture> {
  const bytes = readFileSync(file);
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext === 'svg' || (ext !== 'png' && /^\s*(<\?xml|<svg)/.test(bytes.subarray(0, 200).toString('utf8')))) return svgToPng(bytes, fonts);
  const size = imageSize(bytes);
  if (size.type && NATIVE.has(size.type === 'jpg' ? 'jpeg' : size.type)) {
    const mime = `image/${size.type === 'jpg' ? 'jpeg' : size.type}`;
    return { data: dataUri(mime, bytes), width: size.width, height: size.height };
  }
  return rasterToPng(bytes);
}

export interface PictureRef { ref: string; problem: Omit<Problem, 'message'> & { what: string } }

/** Every picture the slides name, read once; unreadable ones are reported together, each at its slide. */
export async function loadPictures(dir: string, refs: PictureRef[], fonts?: SvgFonts): Promise<PictureSet> {
  const set: PictureSet = new Map();
  const problems: Problem[] = [];
  for (const { ref, problem } of refs) {
    if (set.has(ref) || /^(https?:)?\/\//i.test(ref) || ref.startsWith('data:')) continue;
    try {
      set.set(ref, await loadPicture(path.join(dir, safeDecode(ref.split(/[?#]/)[0]!)), fonts));
    } catch (e) {
      const { what, ...at } = problem;
      // image-size's "unsupported file type: undefined" means no image format starts that way
      const why = (e as Error).message.split('\n')[0]!.replace(/^unsupported file type: undefined$/, 'its bytes are not any image format');
      problems.push({ ...at, message: `${what}: ${JSON.stringify(ref)} cannot be read as an image for the .pptx (${why})`,
        hint: 'use a PNG, JPEG, GIF, SVG, WebP or AVIF file' });
    }
  }
  if (problems.length) throw new DeckError(problems);
  return set;
}

/** `w`×`h` px of a picture scaled to fit inside a box, centred. */
export function containIn(p: Picture, box: { x: number; y: number; w: number; h: number }) {
  const s = Math.min(box.w / p.width, box.h / p.height);
  const w = p.width * s;
  const h = p.height * s;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
