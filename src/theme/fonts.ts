// Fonts come from npm (@fontsource/*), never from a CDN: a family name maps to an installed package, and
// only the faces a theme uses are copied into the site (podium/fonts/…) with @font-face rules pointing
// at them relatively. Chromium embeds them in the PDFs. Reading the installed packages is the only I/O.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nodeModulesDirs } from '../paths.ts';
import type { FontRole } from './schema.ts';

export interface FontPackage {
  family: string;
  /** npm package name, e.g. @fontsource/inter */
  pkg: string;
  dir: string;
  id: string;
  weights: number[];
  styles: string[];
  subsets: string[];
  category: string;
  unicode: Record<string, string>;
}

export interface FontFace { family: string; weight: number; style: 'normal' | 'italic'; subset: string; file: string; unicodeRange?: string }

/** Subsets shipped: Latin and Latin Extended (most European languages); unicode-range loads each only when used. */
const SUBSETS = ['latin', 'latin-ext'];

/** The faces each role needs in the layouts (weight, italic?). */
export function facesFor(role: FontRole, headingWeight: number): Array<[number, 'normal' | 'italic']> {
  if (role === 'mono') return [[400, 'normal'], [700, 'normal']];
  if (role === 'heading') return [[headingWeight, 'normal'], [700, 'normal'], [700, 'italic']];
  return [[400, 'normal'], [400, 'italic'], [600, 'normal'], [700, 'normal'], [700, 'italic'], [800, 'normal']];
}

let cache: { key: string; fonts: Map<string, FontPackage> } | undefined;

/** Installed @fontsource packages by lower-case family name, looked up where Node resolves Podium's own
 *  dependencies (nested under node_modules/podium or hoisted into the project), nearest first. */
export function installedFonts(searchDirs: readonly string[] = nodeModulesDirs()): Map<string, FontPackage> {
  const key = searchDirs.join('\0');
  if (cache?.key === key) return cache.fonts;
  const fonts = new Map<string, FontPackage>();
  for (const nodeModules of searchDirs) {
    const scope = path.join(nodeModules, '@fontsource');
    for (const id of existsSync(scope) ? readdirSync(scope).sort() : []) {
      const dir = path.join(scope, id);
      try {
        const meta = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Omit<FontPackage, 'pkg' | 'dir' | 'unicode'>;
        if (fonts.has(meta.family.toLowerCase())) continue; // a nearer copy wins, as Node's resolution would
        const unicode = existsSync(path.join(dir, 'unicode.json')) ? JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string> : {};
        fonts.set(meta.family.toLowerCase(), { ...meta, id, pkg: `@fontsource/${id}`, dir, unicode });
      } catch { /* not a font package */ }
    }
  }
  cache = { key, fonts };
  return fonts;
}

/** The nearest weight the package has (CSS font matching would pick the same). */
function nearestWeight(want: number, have: readonly number[]): number {
  return [...have].sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || b - a)[0] ?? want;
}

/** The faces (files) to ship for `family` in the given roles; the family must be installed. */
export function fontFaces(pkg: FontPackage, wanted: ReadonlyArray<[number, 'normal' | 'italic']>): FontFace[] {
  const out = new Map<string, FontFace>();
  for (const [w, s] of wanted) {
    const style = pkg.styles.includes(s) ? s : 'normal';
    const weight = nearestWeight(w, pkg.weights);
    for (const subset of SUBSETS.filter((x) => pkg.subsets.includes(x))) {
      const file = path.join(pkg.dir, 'files', `${pkg.id}-${subset}-${weight}-${style}.woff2`);
      if (!existsSync(file)) continue;
      out.set(file, { family: pkg.family, weight, style, subset, file, unicodeRange: pkg.unicode[subset] });
    }
  }
  return [...out.values()];
}

/** Site path of a face file: podium/fonts/<file>. */
export const fontSitePath = (face: FontFace) => `podium/fonts/${path.basename(face.file)}`;

/** @font-face rules; `url` maps a face to the URL the stylesheet uses (relative to it). */
export function fontFaceCss(faces: readonly FontFace[], url: (face: FontFace) => string): string {
  return faces.map((f) => [
    '@font-face {',
    `  font-family: ${cssString(f.family)}; font-style: ${f.style}; font-weight: ${f.weight}; font-display: swap;`,
    `  src: url(${url(f)}) format('woff2');`,
    f.unicodeRange ? `  unicode-range: ${f.unicodeRange};` : '',
    '}',
  ].filter(Boolean).join('\n')).join('\n');
}

/** Fallback for emoji in every stack; declared (@font-face) only in sites whose text has emoji (src/build/emoji-assets.ts). */
export const EMOJI_FALLBACK = 'Noto Emoji';

/** `'Inter', 'Noto Emoji', sans-serif`: the bundled family, the emoji font, then its generic category. */
export function fontStack(pkg: FontPackage): string {
  const generic = ({ monospace: 'monospace', serif: 'serif', display: 'sans-serif', handwriting: 'cursive' } as Record<string, string>)[pkg.category] ?? 'sans-serif';
  return `${cssString(pkg.family)}, ${cssString(EMOJI_FALLBACK)}, ${generic}`;
}

export const cssString = (s: string) => `'${s.replace(/['\\]/g, '\\$&')}'`;
