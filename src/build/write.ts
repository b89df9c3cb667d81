// Stage 6 — write: put a built site in place atomically. Everything goes into a temp folder next to the
// target, then one rename swaps it in: a failed build never leaves a half-written or clobbered output.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SiteFiles {
  /** file name (relative, posix) → contents */
  files: Record<string, string | Uint8Array>;
  /** file name in the site → absolute source path to copy */
  copies: Record<string, string>;
}

export function writeSite(outDir: string, site: SiteFiles): void {
  const parent = path.dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = path.join(parent, `.tmp-${path.basename(outDir)}-${tag}`);
  const old = path.join(parent, `.old-${path.basename(outDir)}-${tag}`);
  try {
    for (const [name, data] of Object.entries(site.files)) put(tmp, name, (f) => writeFileSync(f, data));
    for (const [name, src] of Object.entries(site.copies)) put(tmp, name, (f) => cpSync(src, f, { recursive: true }));
    if (existsSync(outDir)) {
      // PDFs exported earlier are not part of the site: keep them across rebuilds.
      for (const f of readdirSync(outDir)) if (f.endsWith('.pdf') && !existsSync(path.join(tmp, f))) cpSync(path.join(outDir, f), path.join(tmp, f));
      renameSync(outDir, old);
    }
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (existsSync(old)) renameSync(old, outDir);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function put(root: string, name: string, write: (file: string) => void): void {
  const file = path.join(root, ...name.split('/'));
  if (!file.startsWith(root + path.sep)) throw new Error(`refusing to write outside the site: ${name}`);
  mkdirSync(path.dirname(file), { recursive: true });
  write(file);
}

/** Write one file atomically (temp file in the same folder, then rename). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.tmp-${process.pid}-${Date.now().toString(36)}-${path.basename(file)}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
