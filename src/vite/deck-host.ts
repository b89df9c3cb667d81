// One deck inside the dev server: its last good (or failed) render, re-run on demand.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DeckError, fileSystemError, isDeckError } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import type { MediaOptions } from '../media/media.ts';
import { media, prepare, type Prepared } from '../pipeline.ts';
import { renderSlides, revealConfig } from '../render/render.ts';
import { isInside } from '../util/paths.ts';
import { incrementalParser } from '../util/yaml-splice.ts';
import { SentSlides, type SlideDiff } from './slide-diff.ts';
import { attachTones } from '../media/backgrounds.ts';

export type DeckState = { ok: true; prepared: Prepared; slides: string[] } | { ok: false; error: DeckError };

/** What the page receives on a change: the slides that changed (src/vite/slide-diff.ts), and the deck-level settings it can apply in place. */
export interface DeckUpdate extends SlideDiff { deck: string; title: string; lang: string; reveal: Record<string, unknown> }

/** A rebuild not shown yet: its result, and the files it read (a hash). */
export interface Draft { state: DeckState; files: string; generation: number }

export class DeckHost {
  state: DeckState = { ok: false, error: new DeckError({ message: 'the deck is being built' }) };
  /** Call rebuild() before serving: diagrams make the first build asynchronous. */
  constructor(readonly name: string, readonly dir: string, private readonly root: string, private readonly mediaOptions: MediaOptions = {}) {}

  /** Rebuilds may overlap (a diagram is being drawn when the next save comes): the latest one wins. */
  private generation = 0;

  /** deck.yaml is saved one edit at a time: re-parse only the slide that changed */
  private readonly parse = incrementalParser();

  /** Hash of the deck's text files as of the last rebuild (see stale()). */
  private built = '';

  /** Rebuild and show the result (unless a later rebuild finished first). */
  async rebuild(): Promise<DeckState> {
    return this.adopt(await this.draft());
  }

  /** Rebuild from the files as they are now, without showing the result yet (see adopt()). */
  async draft(): Promise<Draft> {
    const generation = ++this.generation;
    const files = this.fingerprint();
    let state: DeckState;
    try {
      const prepared = await media(prepare(this.dir, this.root, { parse: this.parse }), this.mediaOptions);
      state = { ok: true, prepared, slides: renderSlides(prepared.deck, prepared.templates) };
    } catch (e) {
      // A file vanishing mid-read, or a bug, must not take the server (and the open pages) down: show it instead.
      const error = fileSystemError(e, 'reading the deck');
      state = { ok: false, error: isDeckError(error) ? error : new DeckError({ message: `internal error (please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}` }) };
    }
    return { state, files, generation };
  }

  /** Have the deck's files changed since this draft read them? */
  fresh(draft: Draft): boolean {
    return draft.files === this.fingerprint();
  }

  /** Show a draft, unless a later rebuild started since; returns the state shown. */
  adopt(draft: Draft): DeckState {
    if (draft.generation === this.generation) { this.state = draft.state; this.built = draft.files; }
    return this.state;
  }

  /** Does the deck draw diagrams (so the dev server keeps a browser warm for them)? */
  hasDiagrams(): boolean {
    return this.state.ok && Object.values(this.state.prepared.deck.media ?? {}).some((m) => m.fences || /data-podium-media="diagram"/.test(m.svg ?? ''));
  }

  /** Is this the newest rebuild's result? (an older one finishing late is not pushed) */
  current(state: DeckState): boolean { return state === this.state; }

  /**
   * Have the deck's text files (or the shared layouts and themes) changed since the last rebuild? The watcher drops a change that comes within
   * a few ms of the previous one (chokidar throttles per file), so a burst of saves can end without an event
   * for the last save: the plugin asks this shortly after each rebuild.
   */
  stale(): boolean {
    return this.fingerprint() !== this.built;
  }

  private fingerprint(): string {
    const hash = createHash('sha1');
    const walk = (dir: string, depth: number): void => {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const file = path.join(dir, e.name);
        if (e.isDirectory() && depth < 3 && !e.name.startsWith('.') && e.name !== 'node_modules') walk(file, depth + 1);
        else if (e.isFile() && /\.(ya?ml|md|hbs|css)$/.test(e.name)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
      }
    };
    try { walk(this.dir, 0); walk(TEMPLATES_DIR, 0); } catch { hash.update('unreadable'); } // its files, the layouts and built-in themes
    return hash.digest('hex');
  }

  /**
   * May a request for /<deck>/<rest> be served from disk? Only for a file really inside the deck folder: not
   * through `..`, nor through a symlink pointing out of it (Vite's static server follows symlinks).
   */
  serves(urlPath: string): boolean {
    let rel: string;
    try { rel = decodeURIComponent(urlPath).split('/').slice(2).join('/'); } catch { return false; }
    const file = path.resolve(this.dir, rel);
    if (!isInside(file, this.dir, true)) return false;
    if (!existsSync(file)) return true; // the rendered page, theme files, or a 404 to come
    try {
      const real = realpathSync(file);
      const root = realpathSync(this.dir);
      return isInside(real, root, true);
    } catch {
      return false;
    }
  }

  /** Does a change to `file` concern this deck? (its folder, or a shared template) */
  owns(file: string): boolean {
    return isInside(file, this.dir);
  }

  /** The slides as the open pages last received them. */
  private readonly sent = new SentSlides();

  /** The update that brings the open pages to the current slides (recorded as sent), or undefined while the deck is invalid. */
  update(): DeckUpdate | undefined {
    return this.state.ok ? this.withDeck(this.sent.next(this.state.slides)) : undefined;
  }

  /** Every slide as last sent, for a page that missed an update. */
  resync(): DeckUpdate | undefined {
    return this.state.ok ? this.withDeck(this.sent.current()) : undefined;
  }

  /** The version of the slides a page is served now: the next update is computed from it. */
  served(): number | undefined {
    return this.state.ok ? this.sent.serve(this.state.slides) : undefined;
  }

  private withDeck(diff: SlideDiff): DeckUpdate {
    const { deck } = (this.state as Extract<DeckState, { ok: true }>).prepared;
    return { deck: this.name, ...diff, title: deck.title, lang: deck.lang, reveal: revealConfig(deck) };
  }
}
