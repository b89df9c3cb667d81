// Contrast measured on what is really behind the text: the slide is shot with its text made transparent
// (a background-only screenshot: photos, gradients, the theme's glow, cards), and each run of text is
// compared with the pixels under its line boxes. Pure except `shootBackground`, which drives the page.
import type { Page } from 'puppeteer';
import type { PageFinding, TextRun } from './audit-page.ts';

/** Raw RGB pixels of a part of the page: page point (x, y) is pixel ((x - left) * scale, (y - top) * scale). */
export interface Pixels { data: Uint8Array | Buffer; width: number; height: number; channels: number; left: number; top: number; scale: number }

/** The share of the pixels under a text allowed to be worse than the reported ratio. */
export const PERCENTILE = 0.1;

const channel = (v: number) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
const LINEAR = Float64Array.from({ length: 256 }, (_, v) => channel(v)); // sRGB byte → linear light, once
const lin = (v: number) => (Number.isInteger(v) && v >= 0 && v <= 255 ? LINEAR[v]! : channel(v));
export const luminance = (c: readonly number[]) => 0.2126 * lin(c[0]!) + 0.7152 * lin(c[1]!) + 0.0722 * lin(c[2]!);
export const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Contrast of `color` (rgba, alpha blended over each pixel) at the PERCENTILE-worst pixel under the boxes. */
export function contrastOnPixels(run: Pick<TextRun, 'boxes' | 'color'>, img: Pixels): number | undefined {
  const [r, g, b, a] = run.color as [number, number, number, number];
  const samples: number[] = [];
  const fg = luminance([r, g, b]);
  const area = run.boxes.reduce((s, x) => s + Math.max(0, x.right - x.left) * Math.max(0, x.bottom - x.top), 0) * img.scale ** 2;
  const step = Math.max(1, Math.floor(Math.sqrt(area / 1500))); // about 1500 samples per text, however large
  for (const page of run.boxes) {
    const box = { left: (page.left - img.left) * img.scale, right: (page.right - img.left) * img.scale, top: (page.top - img.top) * img.scale, bottom: (page.bottom - img.top) * img.scale };
    for (let y = Math.max(0, Math.floor(box.top)); y < Math.min(img.height, Math.ceil(box.bottom)); y += step) {
      for (let x = Math.max(0, Math.floor(box.left)); x < Math.min(img.width, Math.ceil(box.right)); x += step) {
        const i = (y * img.width + x) * img.channels;
        const bg = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
        const mixed = a >= 1 ? fg : luminance([r * a + bg[0]! * (1 - a), g * a + bg[1]! * (1 - a), b * a + bg[2]! * (1 - a)]);
        samples.push(ratio(mixed, luminance(bg)));
      }
    }
  }
  if (!samples.length) return undefined;
  samples.sort((x, y) => x - y);
  return samples[Math.floor(samples.length * PERCENTILE)];
}

/** Contrast against a plain colour: the fallback when the text is not on screen. */
export function contrastOnColor(run: Pick<TextRun, 'color' | 'fallback'>): number {
  const [r, g, b, a] = run.color as [number, number, number, number];
  const bg = run.fallback;
  return ratio(luminance([r * a + bg[0]! * (1 - a), g * a + bg[1]! * (1 - a), b * a + bg[2]! * (1 - a)]), luminance(bg));
}

export function contrastFindings(texts: readonly TextRun[], img: Pixels | undefined): PageFinding[] {
  return texts.flatMap((run) => {
    const measured = img ? contrastOnPixels(run, img) : undefined;
    const value = measured ?? contrastOnColor(run);
    const need = run.large ? 3 : 4.5;
    if (value >= need) return [];
    const how = measured === undefined ? 'its background colour' : 'the pixels behind it';
    return [{ rule: 'contrast' as const, slide: run.slide, element: run.element, message: `${run.element} has contrast ${value.toFixed(2)}:1 against its background (AA needs ${need}:1), measured on ${how}` }];
  });
}

/** While `html.podium-check-bare` is set, every slide's text is transparent: what is left is its background. */
const HIDE_TEXT = `html.podium-check-bare .reveal .slides *, html.podium-check-bare .reveal .slides *::before,
html.podium-check-bare .reveal .slides *::after, html.podium-check-bare .reveal .slides *::marker {
  color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important;
  text-decoration-color: transparent !important; }
html.podium-check-bare .reveal .slides svg text, html.podium-check-bare .reveal .slides svg tspan {
  fill: transparent !important; stroke: transparent !important; }`;

/** Half the slide's resolution is plenty for a background (and a quarter of the time to shoot and decode). */
const SHOT_SCALE = 0.5;

/** Once per page, before the first shot. */
export async function prepareShots(page: Page): Promise<void> {
  await page.addStyleTag({ content: HIDE_TEXT });
}

/** A screenshot of the part of the viewport under the texts, with every slide's text transparent. */
export async function shootBackground(page: Page, texts: readonly TextRun[]): Promise<Pixels | undefined> {
  const boxes = texts.flatMap((t) => t.boxes);
  const view = page.viewport()!;
  const left = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.left)))), top = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.top))));
  const right = Math.min(view.width, Math.ceil(Math.max(...boxes.map((b) => b.right)))), bottom = Math.min(view.height, Math.ceil(Math.max(...boxes.map((b) => b.bottom))));
  if (!boxes.length || right - left < 1 || bottom - top < 1) return undefined;
  const sharp = (await import('sharp')).default;
  await page.evaluate(() => document.documentElement.classList.add('podium-check-bare'));
  try {
    const png = await page.screenshot({ type: 'png', optimizeForSpeed: true, captureBeyondViewport: false, clip: { x: left, y: top, width: right - left, height: bottom - top, scale: SHOT_SCALE } });
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels, left, top, scale: info.width / (right - left) };
  } finally {
    await page.evaluate(() => document.documentElement.classList.remove('podium-check-bare'));
  }
}
