// The files a theme names — its logo, the url()s of its theme.css — checked to exist inside the folder of
// the layer that named them, offline, and listed for copying into the site.
import { readFileSync, realpathSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { imageSize as ImageSize } from 'image-size';
import { lazy } from '../util/lazy.ts';
import type { Problem } from '../errors.ts';
import { displayPath, isExternalUrl, isInside } from '../util/paths.ts';
import { cssString } from './fonts.ts';
import type { Layer } from './layers.ts';

const imageSize = lazy<typeof ImageSize>('image-size', (m) => m.imageSize);

/** theme.css with its url()s pointed at their site paths, given how site paths become URLs. */
export type ExtraCss = (url: (site: string) => string) => string;

/** Width/height of an image file (image-size reads SVG, PNG, JPEG, GIF, WebP, AVIF …); 3:1 when unknown. */
export function imageAspect(file: string): number {
  try {
    const { width, height } = imageSize()(readFileSync(file));
    return width && height ? width / height : 3;
  } catch {
    return 3; // unreadable or a truncated header: the browser will show what it can
  }
}

export const IMAGE = /\.(svg|png|jpe?g|gif|webp|avif)$/i;

/** `ref` (as a layer wrote it) → an existing file inside the layer's root, or a problem. */
export function localFile(ref: string, layer: Layer, report: (message: string, hint?: string) => void): string | undefined {
  if (isExternalUrl(ref)) { report(`"${ref}" is a remote URL; the deck must work offline`, 'put the file next to the theme and reference it relatively'); return; }
  if (path.isAbsolute(ref)) { report(`"${ref}" is an absolute path`, `use a path relative to ${displayPath(layer.dir)}`); return; }
  const abs = path.resolve(layer.dir, ref);
  if (!existsSync(abs) || !statSync(abs).isFile()) { report(`file not found: ${displayPath(abs)}`); return; }
  const real = realpathSync(abs);
  const root = realpathSync(layer.root);
  if (!isInside(real, root)) { report(`"${ref}" points outside ${displayPath(root)}`, 'keep theme files inside the theme (or deck) folder'); return; }
  return real;
}

/** theme.css with its relative url()s checked, listed for copying and pointed at their site paths. */
export function layerCss(layer: Layer, assetDir: string, files: Record<string, string>, problems: Problem[]): ExtraCss | undefined {
  const css = layer.css;
  if (!css) return undefined;
  const urls: Array<{ start: number; end: number; site: string }> = [];
  const at = (offset: number) => {
    const before = css.text.slice(0, offset).split('\n');
    return { file: css.displayFile, line: before.length, column: before.at(-1)!.length + 1, source: css.text };
  };
  for (const m of css.text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
    const ref = m[2]!.trim();
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) continue;
    const report = (message: string, hint?: string) => problems.push({ ...at(m.index!), message: `theme.css: ${message}`, hint });
    const real = localFile(ref.split(/[?#]/)[0]!, layer, report);
    if (!real) continue;
    const site = `${assetDir}/theme-assets/${layer.name}/${path.relative(realpathSync(layer.dir), real).split(path.sep).join('/')}`;
    files[site] = real;
    urls.push({ start: m.index!, end: m.index! + m[0].length, site });
  }
  return (url) => {
    let out = '';
    let last = 0;
    for (const u of urls) { out += `${css.text.slice(last, u.start)}url(${cssString(url(u.site))})`; last = u.end; }
    return `/* ${css.displayFile} */\n${out}${css.text.slice(last)}`;
  };
}

