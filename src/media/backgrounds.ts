// Build-time measurement of image backgrounds: paint the background as reveal.js will (size, position,
// repeat, opacity over the base colour, then `dim`) at a small scale with sharp, read the pixels where the
// text goes, and hand them to tone.ts. Results are cached by file, modification time and settings.
import { statSync } from 'node:fs';
import path from 'node:path';
import { safeDecode, type ResolvedDeck } from '../content/resolve.ts';
import type { Slide } from '../content/validate.ts';
import { isColor } from '../content/schema.ts';
import { DeckError } from '../errors.ts';
import { percent } from '../content/visual-schema.ts';
import { parseColor, type Rgba } from '../theme/color.ts';
import type { ThemeTokens } from '../theme/schema.ts';
import { chooseTone, type ToneResult } from './tone.ts';

/** The background of a slide, both forms, with its defaults. */
export interface Background {
  image?: string; color?: string; fit: 'cover' | 'contain' | 'auto'; position: string;
  repeat: boolean; opacity: number; dim: number; tone: 'auto' | 'light' | 'dark';
}

export function slideBackground(raw: unknown): Background | undefined {
  const base = { fit: 'cover', position: 'center', repeat: false, opacity: 1, dim: 0, tone: 'auto' } as const;
  if (typeof raw === 'string') return isColor(raw) ? { ...base, color: raw.trim() } : { ...base, image: raw.trim() };
  if (!raw || typeof raw !== 'object') return undefined;
  const b = raw as Partial<Background>;
  return { ...base, ...Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) } as Background;
}

/** "left top", "30% 70%", "center" → fractions (x, y) as CSS background-position reads them. */
export function positionFractions(pos: string): { x: number; y: number } {
  const words = pos.trim().split(/\s+/);
  const val = (w: string) => (w.endsWith('%') ? percent(w) / 100 : w === 'left' || w === 'top' ? 0 : w === 'right' || w === 'bottom' ? 1 : 0.5);
  if (words.length === 1) {
    const w = words[0]!;
    return w === 'top' || w === 'bottom' ? { x: 0.5, y: val(w) } : { x: val(w), y: 0.5 };
  }
  const [a, b] = words as [string, string];
  if (a === 'top' || a === 'bottom' || b === 'left' || b === 'right') return { x: val(b), y: val(a) };
  return { x: val(a), y: val(b) };
}

export interface TextBox { x: number; y: number; width: number; height: number }
const SCALE = 1 / 15; // 1920×1080 → 128×72: a sample every 15 px, finer than a line of text

/** The slide's pixels inside `box`, painted at SCALE. */
export async function samplePixels(file: string, bg: Background, base: Rgba, slide: { width: number; height: number }, box: TextBox): Promise<Rgba[]> {
  const sharp = (await import('sharp')).default;
  const W = Math.round(slide.width * SCALE);
  const H = Math.round(slide.height * SCALE);
  const meta = await sharp(file).rotate().metadata();
  const swap = (meta.orientation ?? 1) >= 5;
  const [w, h] = swap ? [meta.height ?? 1, meta.width ?? 1] : [meta.width ?? 1, meta.height ?? 1];
  const k = bg.fit === 'cover' ? Math.max(W / w, H / h) : bg.fit === 'contain' ? Math.min(W / w, H / h) : SCALE;
  const rw = Math.max(1, Math.round(w * k));
  const rh = Math.max(1, Math.round(h * k));
  const { x: px, y: py } = positionFractions(bg.position);
  const left = Math.round((W - rw) * px);
  const top = Math.round((H - rh) * py);
  const img = await sharp(file).rotate().resize(rw, rh, { fit: 'fill' }).ensureAlpha().raw().toBuffer();
  const out: Rgba[] = [];
  const x0 = Math.floor(box.x * SCALE); const x1 = Math.ceil((box.x + box.width) * SCALE);
  const y0 = Math.floor(box.y * SCALE); const y1 = Math.ceil((box.y + box.height) * SCALE);
  for (let y = Math.max(0, y0); y < Math.min(H, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(W, x1); x++) {
      let ix = x - left; let iy = y - top;
      if (bg.repeat) { ix = ((ix % rw) + rw) % rw; iy = ((iy % rh) + rh) % rh; }
      let c = base;
      if (ix >= 0 && iy >= 0 && ix < rw && iy < rh) {
        const i = (iy * rw + ix) * 4;
        const a = (img[i + 3]! / 255) * bg.opacity;
        c = { r: img[i]! * a + base.r * (1 - a), g: img[i + 1]! * a + base.g * (1 - a), b: img[i + 2]! * a + base.b * (1 - a), a: 1 };
      }
      const d = 1 - bg.dim;
      out.push({ r: c.r * d, g: c.g * d, b: c.b * d, a: 1 });
    }
  }
  return out;
}

/** Where a slide's text goes: the slide inside its margins, beside the aside when there is one. */
export function textBox(slide: Slide, size: { width: number; height: number }, t: ThemeTokens): TextBox {
  const sx = t.spacing['slide-x']; const top = t.spacing['slide-top']; const bottom = t.spacing['slide-bottom'];
  const aside = slide.data.aside as { side?: string; width?: string } | undefined;
  const asideW = aside ? (percent(aside.width ?? '40%') / 100) * size.width : 0;
  const left = aside && (aside.side ?? 'left') === 'left' ? asideW : 0;
  const right = aside && aside.side === 'right' ? asideW : 0;
  return { x: left + sx, y: top, width: size.width - left - right - 2 * sx, height: size.height - top - bottom + 60 }; // + the footer
}

const cache = new Map<string, ToneResult>();

interface Job { number: number; key?: string; run: () => Promise<ToneResult> | ToneResult }

function jobs(deck: ResolvedDeck, tokens: ThemeTokens, size: { width: number; height: number }): Job[] {
  return deck.slides.flatMap((slide): Job[] => {
    const bg = slideBackground(slide.data.background);
    if (!bg || typeof slide.data.background === 'string' && !bg.image) return []; // a plain colour string keeps the theme's text
    const base = parseColor(bg.color ?? tokens.colors.background) ?? parseColor(tokens.colors.background)!;
    if (!bg.image) return [{ number: slide.number, run: () => chooseTone([base], tokens.colors, bg.tone) }];
    const file = path.join(deck.dir, safeDecode(bg.image.split(/[?#]/)[0]!));
    let stamp: string;
    try { const st = statSync(file); stamp = `${st.mtimeMs}:${st.size}`; } catch { return []; } // remote (allowRemote)
    const box = textBox(slide, size, tokens);
    const key = JSON.stringify([file, stamp, bg, base, size, box, tokens.colors]);
    const run = async () => {
      try { return chooseTone(await samplePixels(file, bg, base, size, box), tokens.colors, bg.tone); } catch (e) {
        // resolve.ts refuses files no reader recognises; this is a file whose header reads but whose pixels do not
        throw new DeckError({ ...slide.pos, message: `slide ${slide.number} (${slide.layout}): background: ${bg.image} cannot be decoded (${(e as Error).message})`, hint: 'save the picture again as PNG or JPEG' });
      }
    };
    return [{ number: slide.number, key, run }];
  });
}

/** Tone, scrim and colours for every slide with a background, by slide number. */
export async function measureBackgrounds(deck: ResolvedDeck, tokens: ThemeTokens, size: { width: number; height: number }): Promise<Record<number, ToneResult>> {
  const out: Record<number, ToneResult> = {};
  await Promise.all(jobs(deck, tokens, size).map(async (job) => {
    let hit = job.key ? cache.get(job.key) : undefined;
    if (!hit) {
      hit = await job.run();
      if (job.key) { if (cache.size > 2000) cache.clear(); cache.set(job.key, hit); }
    }
    out[job.number] = hit;
  }));
  return out;
}

/** The same, synchronously, when every image was measured before (the dev server's common case); else undefined. */
export function cachedBackgrounds(deck: ResolvedDeck, tokens: ThemeTokens, size: { width: number; height: number }): Record<number, ToneResult> | undefined {
  const out: Record<number, ToneResult> = {};
  for (const job of jobs(deck, tokens, size)) {
    const hit = job.key ? cache.get(job.key) : (job.run() as ToneResult);
    if (!hit) return undefined;
    out[job.number] = hit;
  }
  return out;
}


/** What render reads: the measurements, attached to the deck by attachTones. */
export interface Measured { tones?: Record<number, ToneResult> }
const SIZES = { '16:9': { width: 1920, height: 1080 }, '4:3': { width: 1440, height: 1080 } } as const;

/** The media stage for backgrounds: measure, then attach to the deck (render reads `deck.tones`). */
/** attachTones from the cache only; false when something still needs measuring. */
export function attachCachedTones(deck: ResolvedDeck & { resolvedTheme: { tokens: ThemeTokens } }): boolean {
  const tones = cachedBackgrounds(deck, deck.resolvedTheme.tokens, SIZES[deck.aspect]);
  if (tones) Object.assign(deck, { tones });
  return Boolean(tones);
}

export async function attachTones<D extends ResolvedDeck & { resolvedTheme: { tokens: ThemeTokens } }>(deck: D): Promise<D & Measured> {
  const tones = await measureBackgrounds(deck, deck.resolvedTheme.tokens, SIZES[deck.aspect]);
  return Object.assign(deck, { tones });
}
