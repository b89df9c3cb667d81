// Small path facts shared by every layer.
import path from 'node:path';

/** Is `file` the folder `dir` itself or inside it? (Both absolute, already resolved or real.) */
export function isInside(file: string, dir: string, orSame = false): boolean {
  return (orSame && file === dir) || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/** A path as shown in messages: relative to cwd when inside it, else absolute. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** A site-relative URL path (always `/`), for `file` under `root`. */
export const sitePath = (file: string, root: string): string => path.relative(root, file).split(path.sep).join('/');

/** An absolute or scheme URL (http:, mailto:, //host …) rather than a path in the deck folder. */
export function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

/** A card `icon:` that names an image file (`img/shield.svg`) rather than a character or emoji. */
export const isIconFile = (s: unknown): s is string => typeof s === 'string' && /[/.]/.test(s) && s.length > 3;
