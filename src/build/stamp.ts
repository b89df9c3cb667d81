// The stamp of a deck's last successful output: dist/<deck>/.podium-stamp.json, one input hash
// (src/build/input-hash.ts) per kind of output — `build`, `pdf`, `handout`, `export`, `png`. It lives in the
// output folder, so it goes wherever the output goes: deleting dist/ (or restoring it from a CI cache)
// takes the stamp along, and a stamp can never vouch for an output that is not there. A build writes it
// inside the new site, so it is swapped in by the same rename as the site (src/build/write.ts); an export
// rewrites it atomically only after every file it was asked for is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STAMP_FILE, writeFileAtomic } from './write.ts';

export { STAMP_FILE };

export type Stamp = Record<string, string>;

export function readStamp(outDir: string): Stamp {
  try {
    const data = JSON.parse(readFileSync(path.join(outDir, STAMP_FILE), 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data)
      ? Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  } catch {
    return {}; // none yet, or unreadable: nothing is vouched for
  }
}

/** Is the `kind` output in outDir the one these inputs make? */
export const isFresh = (outDir: string, kind: string, hash: string): boolean => readStamp(outDir)[kind] === hash;

/** The stamp's text with `kind` set to `hash`, the other kinds kept (a changed input changes their hash too). */
export const stampText = (outDir: string, kind: string, hash: string): string =>
  `${JSON.stringify({ ...readStamp(outDir), [kind]: hash }, null, 2)}\n`;

/** Record a successful `kind` output (after its files are written). */
export function writeStamp(outDir: string, kind: string, hash: string): void {
  writeFileAtomic(path.join(outDir, STAMP_FILE), stampText(outDir, kind, hash));
}
