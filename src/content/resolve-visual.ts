// Resolve the visual fields of one slide: background/aside/gallery images must be files in the deck folder,
// their pixel sizes are read (image-size: a maintained reader of every common format's header), and the
// slide's `style:` is scoped to it with its url()s held to the offline rule. Called by resolve.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { imageSize as ImageSize } from 'image-size';
import { lazy } from '../util/lazy.ts';
import type { Problem } from '../errors.ts';
import type { Problems } from '../util/problems.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { isColor } from './schema.ts';
import { scopeSlideCss } from './slide-style.ts';

const imageSize = lazy<typeof ImageSize>('image-size', (m) => m.imageSize);

export interface ImageBox { width: number; height: number }
type FileCheck = (ref: string, at: PathKey[], what: string) => string | undefined;

export interface VisualContext {
  parsed: ParsedYaml;
  root: string;
  allowRemote: boolean;
  file: FileCheck;
  assets: Set<string>;
  sizes: Record<string, ImageBox>;
  problems: Problems;
}

/** The selector that scopes a slide's CSS: its id when it has one, else its number. */
export const slideScope = (number: number, id?: unknown) =>
  typeof id === 'string' && id ? `.podium-slide#${id}` : `.podium-slide[data-podium-slide="${number}"]`;

/** Pixel size of an image file; undefined when the format is unknown or the header is damaged. */
export function readImageSize(abs: string): ImageBox | undefined {
  try {
    const s = imageSize()(readFileSync(abs));
    const swap = (s.orientation ?? 1) >= 5; // EXIF rotated a quarter turn
    return s.width && s.height ? { width: swap ? s.height : s.width, height: swap ? s.width : s.height } : undefined;
  } catch { return undefined; }
}

/** Read a picture's pixel size; a file no image reader recognises (and not SVG) is a problem at its field:
 * the build measures backgrounds' pixels and the .pptx embeds them, and a browser would show nothing. */
function sizeOrProblem(ctx: VisualContext, rel: string, ref: string, at: PathKey[], what: string): void {
  const abs = path.join(ctx.root, rel);
  const size = ctx.sizes[rel] ?? readImageSize(abs);
  if (size) { ctx.sizes[rel] = size; return; }
  if (/\.svgz?$/i.test(rel) || isSvg(abs)) return; // an SVG without width/height/viewBox still draws
  ctx.problems.add({ ...ctx.parsed.locate(at), source: ctx.parsed.text,
    message: `${what}: "${ref.slice(0, 80)}" is not an image Podium can read (its bytes are no known image format, or the file is damaged)`,
    hint: 'use a PNG, JPEG, GIF, SVG, WebP or AVIF file' });
}

function isSvg(abs: string): boolean {
  try { return /<svg[\s>]/i.test(readFileSync(abs).subarray(0, 4096).toString('utf8')); } catch { return false; }
}

export function resolveVisual(ctx: VisualContext, data: Record<string, unknown>, label: string, at: (...p: PathKey[]) => PathKey[], number: number): void {
  const image = (ref: unknown, p: PathKey[], what: string) => {
    if (typeof ref !== 'string') return;
    const rel = ctx.file(ref, at(...p), `${label}: ${what}`);
    if (!rel) return;
    ctx.assets.add(rel);
    sizeOrProblem(ctx, rel, ref, at(...p), `${label}: ${what}`);
  };
  if (typeof data.background === 'string' && !isColor(data.background)) image(data.background, ['background'], 'background'); // the short form
  const bg = data.background;
  if (bg && typeof bg === 'object') {
    const b = bg as { image?: string; color?: string };
    image(b.image, ['background', 'image'], 'background.image');
    if (b.color !== undefined && !isColor(b.color)) {
      ctx.problems.add({ ...ctx.parsed.locate(at('background', 'color')), source: ctx.parsed.text,
        message: `${label}: background.color: "${b.color.slice(0, 40)}" is not a CSS colour`, hint: 'write a colour like "#101820", "rgb(16 24 32)" or "navy"' });
    }
  }
  if (data.aside && typeof data.aside === 'object') image((data.aside as { image: string }).image, ['aside', 'image'], 'aside.image');
  if (data.layout === 'image' && typeof data.src === 'string') { // resolve.ts reports a missing file; here only its size
    const abs = path.resolve(ctx.root, data.src.split(/[?#]/)[0]!);
    const rel = path.relative(ctx.root, abs).split(path.sep).join('/');
    const size = rel.startsWith('..') ? undefined : ctx.sizes[rel] ?? readImageSize(abs);
    if (size) ctx.sizes[rel] = size;
  }
  if (data.layout === 'gallery' && Array.isArray(data.images)) {
    data.images.forEach((img: { src?: string }, i) => image(img.src, ['images', i, 'src'], `images[${i}].src`));
  }
  if (typeof data.style === 'string') data.style = scopeStyle(ctx, data.style, at('style'), label, number, data.id);
}

/** Scoped CSS for the slide, or undefined after reporting its problems at their lines in deck.yaml. */
function scopeStyle(ctx: VisualContext, css: string, at: PathKey[], label: string, number: number, id: unknown): string | undefined {
  const scoped = scopeSlideCss(css, slideScope(number, id));
  const start = ctx.parsed.locate(at);
  const lines = ctx.parsed.text.split('\n');
  const head = lines[start.line - 1]?.slice(start.column - 1) ?? '';
  const block = /^[|>]/.test(head); // `style: |` — the CSS starts on the next line, indented
  const indent = block ? (/^\s*/.exec(lines[start.line] ?? '')?.[0].length ?? 0) : 0;
  const where = (line: number, column: number) => block
    ? { file: start.file, line: start.line + line, column: indent + column }
    : { file: start.file, line: start.line, column: start.column + column };
  const report = (line: number, column: number, message: string, hint?: string) =>
    ctx.problems.add({ ...where(line, column), message: `${label}: style: ${message}`, hint, source: ctx.parsed.text });
  for (const p of scoped.problems) report(p.line, p.column, p.message, p.hint);
  for (const u of scoped.urls) {
    if (u.url.startsWith('data:') || u.url.startsWith('#')) continue; // inline and offline
    if (/^(https?:)?\/\//i.test(u.url) && !ctx.allowRemote) {
      report(u.line, u.column, `url(${u.url.slice(0, 60)}) is a remote URL; the deck must work offline`,
        'download the file into the deck folder and reference it relatively, or set `allowRemote: true` in deck.yaml');
    } else if (!/^(https?:)?\/\//i.test(u.url)) {
      const rel = ctx.file(u.url, at, `${label}: style url()`);
      if (rel) ctx.assets.add(rel);
    }
  }
  return scoped.problems.length ? undefined : scoped.css;
}
