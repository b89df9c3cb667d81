// Stage 6 — write: put a built site in place atomically. Everything goes into a temp folder next to the
// target, then one rename swaps it in: a failed build never leaves a half-written or clobbered output.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeckError, fileSystemError } from '../errors.ts';
import { displayPath, isInside } from '../util/paths.ts';

export interface SiteFiles {
  /** file name (relative, posix) → contents */
  files: Record<string, string | Uint8Array>;
  /** file name in the site → absolute source path to copy */
  copies: Record<string, string>;
}

/**
 * A build replaces its output folder wholesale, so it refuses any folder that is not an earlier site (or
 * empty): a mistyped `--out .` must not wipe a project, a deck or a home folder.
 */
export function assertReplaceable(outDir: string, cwd = process.cwd()): void {
  const refuse = (why: string): never => {
    throw new DeckError({ message: `refusing to replace ${displayPath(outDir)}: ${why}`, hint: 'a build replaces its output folder entirely: choose a new or empty folder for --out' });
  };
  let isDir: boolean;
  try { isDir = statSync(outDir).isDirectory(); } catch { return; } // nothing there yet
  if (!isDir) refuse('it is a file, not a folder');
  if (isInside(cwd, outDir, true)) refuse('it holds the current folder');
  const entries = readdirSync(outDir);
  if (entries.length === 0) return;
  if (entries.includes('deck.yaml')) refuse('it is a deck folder');
  const foreign = entries.find((e) => ['.git', 'package.json', 'node_modules'].includes(e)); // never in a site
  if (foreign) refuse(`it holds ${foreign}, so it is not an earlier Podium build`);
  if (!entries.includes('index.html') && !entries.every((e) => isExportOutput(e) || e === STAMP_FILE)) refuse('it is not an earlier Podium build (no index.html)');
}

/** The stamp of the last successful output (src/build/stamp.ts): part of a build, never a foreign file. */
export const STAMP_FILE = '.podium-stamp.json';

/** Files an export adds beside the site (PDFs, the .pptx, slide PNGs, og.png): kept across rebuilds. */
export const isExportOutput = (entry: string) => /\.(pdf|pptx)$/.test(entry) || entry === 'png' || entry === 'og.png';

export function writeSite(outDir: string, site: SiteFiles): void {
  assertReplaceable(outDir);
  const parent = path.dirname(outDir);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = path.join(parent, `.tmp-${path.basename(outDir)}-${tag}`);
  const old = path.join(parent, `.old-${path.basename(outDir)}-${tag}`);
  try {
    mkdirSync(parent, { recursive: true });
    for (const [name, data] of Object.entries(site.files)) put(tmp, name, (f) => writeFileSync(f, data));
    for (const [name, src] of Object.entries(site.copies)) put(tmp, name, (f) => cpSync(src, f, { recursive: true }));
    if (existsSync(outDir)) {
      // PDFs, .pptx and PNGs exported earlier are not part of the site: keep them across rebuilds.
      for (const f of readdirSync(outDir)) if (isExportOutput(f) && !existsSync(path.join(tmp, f))) cpSync(path.join(outDir, f), path.join(tmp, f), { recursive: true });
      renameSync(outDir, old);
    }
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (existsSync(old)) renameSync(old, outDir);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    throw fileSystemError(e, `cannot write ${displayPath(outDir)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function put(root: string, name: string, write: (file: string) => void): void {
  const file = path.join(root, ...name.split('/'));
  if (!isInside(file, root)) throw new Error(`refusing to write outside the site: ${name}`);
  mkdirSync(path.dirname(file), { recursive: true });
  write(file);
}

/** Write one file atomically (temp file in the same folder, then rename). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.tmp-${process.pid}-${Date.now().toString(36)}-${path.basename(file)}`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    throw fileSystemError(e, `cannot write ${displayPath(file)}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
