// `podium pdf|handout|export|png --all`: every deck under slides/ in one browser, two pages at a time,
// skipping the decks whose inputs and options are those of their last successful export (the stamp in
// dist/<deck>/, src/build/stamp.ts; `--force` exports them all). A deck that fails is reported with its
// positions and the others are still exported; the command then exits 1.
import path from 'node:path';
import { DeckError, formatDeckError, isDeckError } from '../errors.ts';
import type { ExportRequest } from '../export/export.ts';
import { siteHash } from '../build/input-hash.ts';
import { staleDecks } from './build-all.ts';
import { report, type ExportFlagsIn } from './export.ts';

/** The flags that shape the output (not --timeout, --force, --all, --watch, --out). */
export function exportShape(req: ExportRequest, flags: ExportFlagsIn): Record<string, unknown> {
  const { timeout: _t, force: _f, all: _a, watch: _w, out: _o, ...shape } = flags as ExportFlagsIn & Record<string, unknown>;
  return { pdf: req.pdf, handout: req.handout, png: Boolean(req.png), pptx: Boolean(req.pptx), ...shape };
}

export async function exportAll(name: string, flags: ExportFlagsIn, request: (deck: string) => ExportRequest, root = process.cwd()): Promise<void> {
  const t = performance.now();
  const { jobs, skipped } = staleDecks(root, name, exportShape(request(''), flags), flags.force);
  const failed: string[] = [];
  const onError = (req: ExportRequest, e: unknown) => {
    if (!isDeckError(e)) throw e;
    failed.push(path.basename(req.deck ?? ''));
    console.error(formatDeckError(e, Boolean(process.stderr.isTTY)));
  };
  const site = (dir: string) => ({ kind: 'build', hash: siteHash(dir, root, flags) });
  const results = jobs.length ? await (await import('../export/export.ts')).runExports(jobs.map((j) => ({ ...request(j.dir), stamp: { kind: name, hash: j.hash }, siteStamp: site(j.dir) })), { onError }) : [];
  await report(name, results);
  console.log(`${name} --all: exported ${results.length}, skipped ${skipped} unchanged${failed.length ? `, ${failed.length} failed` : ''} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  if (failed.length) throw new DeckError({ message: `${name} --all: ${failed.length} of ${jobs.length + skipped} decks failed: ${failed.join(', ')}`, hint: 'each deck\'s problems are printed above' });
}
