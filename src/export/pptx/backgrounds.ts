// Slide backgrounds for the .pptx, as the deck paints them: a colour; a picture over it (cover or contain,
// its opacity); `dim` as a black scrim; then what the build measured for readable text (media/backgrounds.ts,
// `deck.tones`): the scrim it chose, and — when the text must change tone on this picture — a colour-map
// override for the slide (<p:clrMapOvr>: Text 1 ↔ Background 1, Text 2 ↔ Background 2, so every run that
// names the theme's text colour takes its background colour, as the deck's flipped palette does; an accent,
// accent-2 or link colour that would not read becomes the text colour). Pure apart from pptxgenjs calls.
import type PptxGenJS from 'pptxgenjs';
import { positionFractions, slideBackground } from '../../media/backgrounds.ts';
import type { ToneResult } from '../../media/tone.ts';
import { isColor } from '../../content/schema.ts';
import { parseColor, toHex } from '../../theme/color.ts';
import { place, type Box, type Frame } from './geometry.ts';
import { containIn, type Picture } from './images.ts';
import type { Entries } from './zip.ts';

const hexOf = (css: string) => { const c = parseColor(css); return c ? { color: toHex(c).slice(1).toUpperCase(), ...(c.a < 1 ? { transparency: Math.round((1 - c.a) * 100) } : {}) } : undefined; };

function scrim(slide: PptxGenJS.Slide, f: Frame, color: string, alpha: number, name: string): void {
  slide.addShape('rect', { x: 0, y: 0, w: f.wIn, h: f.hIn, fill: { color, transparency: Math.round((1 - alpha) * 100) }, line: { type: 'none' }, objectName: name });
}

/** A picture filling `box` (stage px), cropped to it. pptxgenjs crops by the ratio of the w/h it is given,
 * so they are the picture's own proportions, not the box's (else a portrait photo is stretched). */
export function cover(slide: PptxGenJS.Slide, pic: Picture, box: Box, f: Frame, o: Partial<PptxGenJS.ImageProps>): void {
  const at = place(f, box);
  slide.addImage({ data: pic.data, x: at.x, y: at.y, w: at.w, h: (at.w * pic.height) / pic.width, sizing: { type: 'cover', w: at.w, h: at.h }, ...o });
}

/** The slide's background: colour, picture, dim and the measured scrim, under everything the rule draws. */
export function setBackground(slide: PptxGenJS.Slide, raw: unknown, tone: ToneResult | undefined, pictures: Map<string, Picture>, f: Frame, base: string): void {
  const bg = slideBackground(typeof raw === 'string' && !raw.trim() ? undefined : raw);
  if (!bg) return;
  const fill = bg.color && isColor(bg.color) ? hexOf(bg.color) : undefined;
  // a flipped colour map would also flip the master's background (Background 1): name the theme's instead
  if (fill || colorMapOverride(tone)) slide.background = fill ?? { color: base };
  const pic = bg.image ? pictures.get(bg.image) : undefined;
  if (!pic) return;
  // contain: the whole picture, centred, the colour around it; cover (and `auto`, natural size): cropped to
  // fill the slide. `repeat` is not tiled.
  const at = positionFractions(bg.position);
  const box = containIn(pic, { x: 0, y: 0, w: f.width, h: f.height });
  const opacity = bg.opacity < 1 ? { transparency: Math.round((1 - bg.opacity) * 100) } : {};
  if (bg.fit === 'contain') slide.addImage({ data: pic.data, ...place(f, { ...box, x: (f.width - box.w) * at.x, y: (f.height - box.h) * at.y }), altText: '', objectName: 'Background', ...opacity });
  else cover(slide, pic, { x: 0, y: 0, w: f.width, h: f.height }, f, { altText: '', objectName: 'Background', ...opacity });
  if (bg.dim > 0) scrim(slide, f, '000000', bg.dim, 'Dim');
  if (tone?.scrim) scrim(slide, f, tone.scrim.color.slice(1).toUpperCase(), tone.scrim.alpha, 'Scrim');
}

/** The slide's colour map when its text changes tone on its picture, else undefined (the master's). */
export function colorMapOverride(tone: ToneResult | undefined): string | undefined {
  if (!tone || !Object.keys(tone.vars).length) return undefined;
  const flipped = '--podium-text' in tone.vars;
  const text = flipped ? 'lt1' : 'dk1';
  const map: Record<string, string> = {
    bg1: flipped ? 'dk1' : 'lt1', tx1: text, bg2: flipped ? 'dk2' : 'lt2', tx2: flipped ? 'lt2' : 'dk2',
    accent1: '--podium-accent' in tone.vars ? text : 'accent1', accent2: '--podium-accent-2' in tone.vars ? text : 'accent2',
    accent3: '--podium-link' in tone.vars ? text : 'accent3', accent4: 'accent4', accent5: 'accent5', accent6: 'accent6',
    hlink: '--podium-link' in tone.vars ? text : 'hlink', folHlink: '--podium-link' in tone.vars ? text : 'folHlink',
  };
  return `<a:overrideClrMapping ${Object.entries(map).map(([k, v]) => `${k}="${v}"`).join(' ')}/>`;
}

/** Writes each slide's colour-map override (slide number → <a:overrideClrMapping/>) into its part. */
export function overrideColorMaps(files: Entries, overrides: Map<number, string>): void {
  for (const [n, mapping] of overrides) {
    const name = `ppt/slides/slide${n}.xml`;
    const xml = files.get(name);
    if (!xml) continue;
    files.set(name, Buffer.from(Buffer.from(xml).toString('utf8').replace('<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>', `<p:clrMapOvr>${mapping}</p:clrMapOvr>`), 'utf8'));
  }
}
