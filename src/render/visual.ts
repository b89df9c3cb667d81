// What the slide partial needs for the visual fields: reveal.js background attributes (size, position,
// repeat, opacity — reveal draws them), the scrim and tone colours measured at build time, the aside, the
// handout's own copy of the background, per-slide chrome and scoped CSS. Pure.
import type { ImageBox } from '../content/resolve-visual.ts';
import type { Slide } from '../content/validate.ts';
import { slideBackground } from '../media/backgrounds.ts';
import type { ToneResult } from '../media/tone.ts';

/** Layouts whose title is optional: without one, the content takes the freed space. */
const TITLE_OPTIONAL = new Set(['code', 'image', 'markdown', 'gallery', 'stats', 'columns']);

/** A deck-relative path as a CSS url() — percent-encoded so no quote, bracket or space can end it. */
export const cssUrl = (ref: string) => `url("${encodeURI(ref).replace(/["'()\\]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}")`;

export interface VisualContext {
  bg?: { color?: string; image?: string; size?: string; position?: string; repeat?: string; opacity?: number };
  /** the handout's copy of the background (reveal's background layer exists only in the deck) */
  backdrop?: string;
  /** the colour under a backdrop image (a layer of its own: the image's opacity must not fade it) */
  backdropColor?: string;
  scrim?: string;
  aside?: { src: string; alt: string; side: string; fit: string; position: string };
  classes: string;
  style?: string;
  state?: string;
  css?: string;
  footer: boolean;
  /** the image box of the image layout and the aspect ratios of placed images */
  ratio?: number;
  /** gallery images with their aspect ratios, in balanced rows (2 → 2, 3 → 3, 4 → 2+2, 5 → 3+2, 6 → 3+3) */
  rows?: { items: { src: string; ratio: number }[]; grow: number; sum: number; n: number; caption: boolean }[];
}

export function visualContext(slide: Slide, tones: Record<number, ToneResult> | undefined, sizes: Record<string, ImageBox> | undefined): VisualContext {
  const d = slide.data as Record<string, unknown>;
  const classes: string[] = [];
  const style: string[] = [];
  const out: VisualContext = { classes: '', footer: d.footer !== false };
  const bg = slideBackground(d.background);
  const tone = tones?.[slide.number];
  if (bg) {
    const cover = bg.fit === 'cover' && bg.opacity === 1;
    out.bg = {
      // under a cover image, the measured colour: what shows while it loads, and what reveal reads as light or dark
      color: bg.color ?? (bg.image && cover && tone ? tone.mean : undefined),
      image: bg.image,
      size: bg.image && bg.fit !== 'cover' ? bg.fit : undefined,
      position: bg.image && bg.position !== 'center' ? bg.position : undefined,
      repeat: bg.image && bg.repeat ? 'repeat' : undefined,
      opacity: bg.image && bg.opacity !== 1 ? bg.opacity : undefined,
    };
    const color = out.bg.color ? `background-color: ${out.bg.color}` : '';
    if (bg.image) {
      classes.push('has-bg-image');
      out.backdrop = [`background-image: ${cssUrl(bg.image)}`, `background-size: ${bg.fit}`, `background-position: ${bg.position}`,
        `background-repeat: ${bg.repeat ? 'repeat' : 'no-repeat'}`, `opacity: ${bg.opacity}`].join('; ');
      if (color) out.backdropColor = color;
    } else if (color) out.backdrop = color;
    const layers = [tone?.scrim ? `linear-gradient(${rgba(tone.scrim.color, tone.scrim.alpha)}, ${rgba(tone.scrim.color, tone.scrim.alpha)})` : '',
      bg.dim > 0 && bg.image ? rgba('#000000', bg.dim) : ''].filter(Boolean);
    if (layers.length) out.scrim = layers.join(', ');
    if (tone && (bg.image || Object.keys(tone.vars).length)) {
      classes.push(`tone-${tone.tone}`);
      for (const [k, v] of Object.entries(tone.vars)) style.push(`${k}: ${v}`);
    }
  }
  const aside = d.aside as { image: string; alt: string; side?: string; width?: string; fit?: string; position?: string } | undefined;
  if (aside) {
    const side = aside.side ?? 'left';
    out.aside = { src: aside.image, alt: aside.alt, side, fit: aside.fit ?? 'cover', position: aside.position ?? 'center' };
    classes.push('has-aside', `aside-${side}`);
    style.push(`--aside-width: ${aside.width ?? '40%'}`);
  }
  if (!out.footer) classes.push('no-footer');
  const states: string[] = [];
  if (d.number === false) { classes.push('no-number'); states.push('podium-no-number'); }
  if (classes.includes('tone-dark')) states.push('podium-tone-dark');
  if (states.length) out.state = states.join(' ');
  if (TITLE_OPTIONAL.has(slide.layout) && !d.title) classes.push('no-title');
  if (slide.layout === 'image' && typeof d.src === 'string') {
    const size = sizes?.[d.src.replace(/^\.\//, '')];
    if (size) out.ratio = Math.round((size.width / size.height) * 10_000) / 10_000;
    if (d.width) style.push(`--image-width: ${String(d.width)}`);
    if (d.height) style.push(`--image-height: ${String(d.height)}`);
    if (out.ratio) style.push(`--image-ratio: ${out.ratio}`);
  }
  if (slide.layout === 'gallery' && Array.isArray(d.images)) {
    const images = (d.images as { src: string }[]).map((img) => {
      const size = sizes?.[img.src.replace(/^\.\//, '')];
      return { ...img, ratio: size ? Math.round((size.width / size.height) * 10_000) / 10_000 : 1.5 };
    });
    const first = images.length <= 3 ? images.length : Math.ceil(images.length / 2);
    // a row's height share is what it needs to fill the width (1 / the sum of its ratios): a justified grid
    const rows = [images.slice(0, first), images.slice(first)].filter((r) => r.length);
    const need = rows.map((r) => 1 / r.reduce((s, i) => s + i.ratio, 0));
    const total = need.reduce((a, b) => a + b, 0);
    out.rows = rows.map((items, i) => ({ items, grow: Math.round((need[i]! / total) * 10_000) / 10_000, // shares sum to 1
      sum: Math.round(items.reduce((s, it) => s + it.ratio, 0) * 10_000) / 10_000, n: items.length,
      caption: items.some((it) => (it as { caption?: string }).caption) }));
  }
  if (typeof d.style === 'string' && d.style) out.css = d.style;
  out.classes = classes.join(' ');
  if (style.length) out.style = style.join('; ');
  return out;
}

function rgba(hex: string, alpha: number): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgba(${n(1)}, ${n(3)}, ${n(5)}, ${alpha})`;
}
