// `podium pdf|handout|export --watch`: one warm Chromium for the session (src/browser/browser.ts
// warmBrowser), the deck exported now and again on every save of its inputs — the folders its input hash
// reads (src/build/input-hash.ts deckInputDirs: the deck, Podium's templates and built-in themes, ./themes/).
// Each export prints its time; a bad edit prints the positioned error and the earlier files stay as they were
// (every output is written atomically). Saves are merged (run-queue.ts); after each export the inputs are
// hashed again, so a save the file watcher dropped is still exported. Ctrl-C (SIGINT, SIGTERM) stops the
// watcher, lets the export under way unwind (its temp files go), closes Chromium and exits 130 / 143.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { warmBrowser } from '../browser/browser.ts';
import { deckInputDirs, forgetSharedHashes, inputHash } from '../build/input-hash.ts';
import { resolveDeckDir } from '../content/load.ts';
import { ExitCode, formatDeckError, isDeckError } from '../errors.ts';
import { displayPath } from '../util/paths.ts';
import { runExports, type ExportRequest, type ExportResult } from './export.ts';
import { handoutOptions, printOptions } from './options.ts';
import { createRunQueue } from './run-queue.ts';

/** Quiet time that ends a burst of saves. */
const SETTLE_MS = 30;
/** After an export, when to compare the inputs with what was exported (a save the watcher dropped). */
const VERIFY_MS = 150;
const SIGNALS = { SIGINT: ExitCode.Interrupted, SIGTERM: ExitCode.Terminated } as const;

export interface WatchIO { log(line: string): void; error(text: string): void; color: boolean }

/** The files an export wrote, for the one-line report. */
export function exportedFiles(r: ExportResult): string[] {
  const files = [r.pdf, r.handout].filter((f) => f !== undefined).map((f) => `${displayPath(f.file)} (${f.pages} pages)`);
  if (r.png) files.push(`${r.png.files.length} PNGs in ${displayPath(r.png.dir)}/`);
  if (r.pptx) files.push(displayPath(r.pptx.file));
  return files.length ? files : [`${displayPath(r.outDir)}/index.html`];
}

/** Watch until SIGINT/SIGTERM; resolves with the exit code. */
export async function watchExport(req: ExportRequest, io: WatchIO, root = process.cwd()): Promise<ExitCode> {
  if (req.pdf) printOptions(req.flags); // a bad flag is a usage error (exit 2) before anything starts…
  if (req.handout) handoutOptions(req.flags);
  const deckDir = resolveDeckDir(req.deck, root); // …and so is a deck that is not there
  const dirs = deckInputDirs(deckDir, root);
  const fingerprint = () => { forgetSharedHashes(); return inputHash(deckDir, dirs); };
  const browser = warmBrowser({ sparePage: true });
  browser.get().catch(() => undefined); // Chromium boots while the first build runs; a failed launch is reported by the export
  let stopping = false;
  let exported = '';
  let verify: NodeJS.Timeout | undefined;

  const run = async () => {
    clearTimeout(verify);
    exported = fingerprint();
    const t = performance.now();
    try {
      const [r] = await runExports([{ ...req, deck: deckDir }], { browser: () => browser.get() });
      io.log(`exported ${exportedFiles(r!).join(', ')} (${Math.round(performance.now() - t)} ms)`);
    } catch (e) {
      if (stopping) return;
      io.error(isDeckError(e) ? formatDeckError(e, io.color) : `internal error (please report it): ${e instanceof Error ? e.stack : String(e)}`);
      io.error('waiting for the next save…');
    }
    if (!stopping) verify = setTimeout(() => { if (fingerprint() !== exported) queue.changed(); }, VERIFY_MS);
  };
  const queue = createRunQueue(run, SETTLE_MS);

  const { watch } = await import('chokidar');
  const outDir = req.out ? path.resolve(root, req.out) : path.join(root, 'dist', path.basename(deckDir));
  const watcher = watch(dirs.filter((d) => existsSync(d)), {
    ignoreInitial: true,
    ignored: (file) => path.basename(file).startsWith('.') || file.endsWith('~') || file === outDir || file.startsWith(outDir + path.sep),
  });
  watcher.on('all', (event) => { if (event !== 'addDir') queue.changed(); });
  watcher.on('error', (e) => io.error(`watcher: ${e instanceof Error ? e.message : String(e)}`));

  const stopped = new Promise<ExitCode>((resolve) => {
    const stop = (signal: keyof typeof SIGNALS) => {
      if (stopping) return;
      stopping = true;
      queue.close();
      clearTimeout(verify);
      void (async () => {
        await watcher.close();
        await browser.close(); // an export under way fails at once and unwinds through its own cleanup
        await queue.idle();
        for (const s of Object.keys(SIGNALS)) process.removeListener(s, handlers[s as keyof typeof SIGNALS]);
        io.log(`stopped watching (${signal}); Chromium closed`);
        resolve(SIGNALS[signal]);
      })();
    };
    const handlers = { SIGINT: () => stop('SIGINT'), SIGTERM: () => stop('SIGTERM') };
    for (const [s, h] of Object.entries(handlers)) process.on(s, h);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.log(`watching ${dirs.map((d) => displayPath(d)).join(', ')} — Ctrl-C to stop`);
  queue.now();
  return stopped;
}
