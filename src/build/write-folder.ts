// Replace a folder of generated files (dist/<deck>/png/) atomically: write everything into a temp folder
// beside it, then swap with two renames. A failure anywhere leaves the earlier folder as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../util/paths.ts';
import { DeckError, fileSystemError } from '../errors.ts';

/** A staging folder for `target`; `commit()` swaps it in, `discard()` removes it (safe after commit). */
export function stageFolder(target: string, owns: (entry: string) => boolean): { dir: string; commit(): void; discard(): void } {
  if (existsSync(target)) {
    const foreign = readdirSync(target).find((e) => !owns(e));
    if (foreign) throw new DeckError({ message: `refusing to replace ${displayPath(target)}: it holds ${foreign}, which Podium did not write`, hint: 'move that file away, or write somewhere else with --out' });
  }
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const dir = path.join(path.dirname(target), `.tmp-${path.basename(target)}-${tag}`);
  const old = path.join(path.dirname(target), `.old-${path.basename(target)}-${tag}`);
  try { mkdirSync(dir, { recursive: true }); } catch (e) { throw fileSystemError(e, `cannot write ${displayPath(target)}`); }
  return {
    dir,
    commit() {
      try {
        if (existsSync(target)) renameSync(target, old);
        try { renameSync(dir, target); } catch (e) { if (existsSync(old)) renameSync(old, target); throw e; }
        rmSync(old, { recursive: true, force: true });
      } catch (e) {
        throw fileSystemError(e, `cannot write ${displayPath(target)}`);
      }
    },
    discard() { rmSync(dir, { recursive: true, force: true }); },
  };
}

export function writeInto(dir: string, name: string, data: Uint8Array): void {
  try { writeFileSync(path.join(dir, name), data); } catch (e) { throw fileSystemError(e, `cannot write ${displayPath(path.join(dir, name))}`); }
}
