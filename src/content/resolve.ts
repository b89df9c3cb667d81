// Stage 4 — resolve: the files a deck names (images, Markdown bodies, backgrounds, icons) must exist
// inside the deck folder. Reads Markdown bodies in, and lists every asset to copy into the build.
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { collecting, type Problems } from '../util/problems.ts';
import { createMarkdown } from './markdown.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { MAX_TEXT_CHARS } from './schema.ts';
import type { Deck, Slide } from './validate.ts';
import { displayPath, isExternalUrl, isIconFile, isInside } from '../util/paths.ts';
import { readTextFile } from '../util/read-text.ts';
import { resolveVisual, type ImageBox } from './resolve-visual.ts';

export interface ResolvedDeck extends Deck {
  dir: string;
  name: string;
  /** deck-relative paths (posix) of files to copy next to index.html */
  assets: string[];
  /** pixel sizes of the images the layouts place (deck-relative path → size) */
  images: Record<string, ImageBox>;
}

const isFileRef = (s: string) => !s.includes('\n') && /^\.{0,2}\/?[\w./ -]+\.md$/i.test(s.trim());
/** Fetched from the network when the deck is shown: refused unless the deck sets `allowRemote: true`. */
const isRemote = (s: string) => /^https?:\/\//i.test(s) || s.startsWith('//');
const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);
const REMOTE_HINT = 'download the file into the deck folder and reference it relatively, '
  + 'or set `allowRemote: true` in deck.yaml to load it from the network when the deck is shown (the deck then no longer works offline)';

export function resolveDeck(deck: Deck, parsed: ParsedYaml, dir: string): ResolvedDeck {
  return collecting((problems) => checkFiles(deck, parsed, dir, problems), parsed.file);
}

/** Checks every file the deck names, adding each problem to `problems`; the result is complete only when none was added. */
export function checkFiles(deck: Deck, parsed: ParsedYaml, dir: string, problems: Problems): ResolvedDeck {
  const assets = new Set<string>();
  const md = createMarkdown({ allowHtml: deck.allowHtml });
  const root = realpathSync(dir);
  const images: Record<string, ImageBox> = {};

  /** Checks that `ref` names an existing file inside the deck folder; returns its deck-relative path. */
  const file = (ref: string, at: PathKey[], what: string): string | undefined => {
    const report = (message: string, hint?: string) =>
      problems.add({ ...parsed.locate(at), message: `${what}: ${message}`, hint, source: parsed.text });
    if (isRemote(ref) && deck.allowRemote) return;
    if (isRemote(ref) || ref.startsWith('data:')) { report(`${quote(ref)} is a remote URL; the deck must work offline`, isRemote(ref) ? REMOTE_HINT : 'download the file into the deck folder and reference it relatively'); return; }
    if (isExternalUrl(ref)) { report(`${quote(ref)} is a URL, not a file in the deck folder`, 'put the file into the deck folder and reference it relatively'); return; }
    if (path.isAbsolute(ref)) { report(`${quote(ref)} is an absolute path`, 'use a path relative to deck.yaml'); return; }
    const abs = path.resolve(dir, safeDecode(ref.split(/[?#]/)[0]!));
    if (!isFile(abs)) { report(`file not found: ${displayPath(abs).slice(0, 200)}`); return; }
    const real = realpathSync(abs);
    if (!isInside(real, root, true)) { report(`${quote(ref)} points outside the deck folder`, 'keep images and bodies inside the deck folder'); return; }
    return path.relative(root, real).split(path.sep).join('/');
  };

  const slides = deck.slides.map((slide): Slide => {
    const label = `slide ${slide.number} (${slide.layout})`;
    const data = { ...slide.data } as Record<string, unknown>;
    const at = (...p: PathKey[]) => [...slide.path, ...p];
    let bodyFile: string | undefined;
    if (slide.layout === 'markdown' && typeof data.body === 'string' && isFileRef(data.body)) {
      const rel = file(data.body.trim(), at('body'), `${label}: body`);
      if (rel !== undefined) bodyFile = path.join(root, rel);
      const body = rel === undefined ? undefined : problems.attempt(() => readTextFile(path.join(root, rel))); // not UTF-8, too big
      if (body !== undefined) data.body = body;
    }
    if (slide.layout === 'image' && typeof data.src === 'string') {
      const rel = file(data.src, at('src'), `${label}: src`);
      if (rel) assets.add(rel);
    }
    if (slide.layout === 'chart' && typeof data.data === 'string') { // read by the media stage
      const rel = file(data.data, at('data'), `${label}: data`);
      if (rel) data.dataFile = rel;
    }
    resolveVisual({ parsed, root, allowRemote: Boolean(deck.allowRemote), file, assets, sizes: images, problems }, data, label, at, slide.number);
    walkStrings(data, [], (value, p) => {
      if (value.length > MAX_TEXT_CHARS) return; // refused by validate already: not worth parsing as Markdown
      if (p[0] === 'icon' || p.at(-1) === 'icon') {
        if (isIconFile(value)) { const rel = file(value, at(...p), `${label}: icon`); if (rel) assets.add(rel); }
        return;
      }
      for (const img of md.images(value)) {
        if (img.startsWith('data:')) continue; // markdown-it lets only inline PNG, GIF, JPEG and WebP through: offline and inert
        const rel = file(img, at(...p), `${label}: image`);
        if (rel) assets.add(rel);
      }
    });
    return { ...slide, data: data as Slide['data'], ...(bodyFile ? { bodyFile: displayPath(bodyFile) } : {}) };
  });
  return { ...deck, slides, dir: root, name: path.basename(root), assets: [...assets].sort(), images };
}

/** A regular file (not a folder, a FIFO or a device); false for names the OS refuses (too long, NUL). */
function isFile(abs: string): boolean {
  try { return existsSync(abs) && statSync(abs).isFile(); } catch { return false; }
}

/** Markdown URLs may be percent-encoded ("my%20image.png"); a literal % in a file name stays as it is. */
export function safeDecode(ref: string): string {
  try { return decodeURI(ref); } catch { return ref; }
}

function walkStrings(v: unknown, p: PathKey[], fn: (s: string, p: PathKey[]) => void): void {
  if (typeof v === 'string') fn(v, p);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, [...p, i], fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'layout' && k !== 'code') walkStrings(x, [...p, k], fn);
}
