// One deck inside the dev server: its last good (or failed) render, re-run on demand.
import path from 'node:path';
import { isDeckError, type DeckError } from '../errors.ts';
import { prepare, type Prepared } from '../pipeline.ts';
import { renderSlides, revealConfig } from '../render/render.ts';

export type DeckState = { ok: true; prepared: Prepared; slides: string[] } | { ok: false; error: DeckError };

/** What the page receives on a change: the slides, and the deck-level settings it can apply in place. */
export interface DeckUpdate { deck: string; slides: string; title: string; lang: string; reveal: Record<string, unknown> }

export class DeckHost {
  state!: DeckState;
  constructor(readonly name: string, readonly dir: string, private readonly root: string) {
    this.rebuild();
  }

  rebuild(): DeckState {
    try {
      const prepared = prepare(this.dir, this.root);
      this.state = { ok: true, prepared, slides: renderSlides(prepared.deck, prepared.templates) };
    } catch (e) {
      if (!isDeckError(e)) throw e;
      this.state = { ok: false, error: e };
    }
    return this.state;
  }

  /** Does a change to `file` concern this deck? (its folder, or a shared template) */
  owns(file: string): boolean {
    return file.startsWith(this.dir + path.sep);
  }

  update(): DeckUpdate | undefined {
    if (!this.state.ok) return undefined;
    const { deck } = this.state.prepared;
    return { deck: this.name, slides: this.state.slides.join('\n'), title: deck.title, lang: deck.lang, reveal: revealConfig(deck) };
  }
}
