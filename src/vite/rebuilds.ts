// When the dev server rebuilds. Every file event that concerns a deck — its deck.yaml and bodies, its
// theme/ folder, a built-in theme, a shared layout — goes through one queue:
//   a burst of events → once quiet (settleMs), each deck concerned is rebuilt and pushed, then every deck's
//   theme stylesheet whose CSS changed is swapped in place → once quiet again (verifyMs), the decks' files
//   are compared with what was built, and a deck whose files changed anyway is rebuilt the same way.
// The first event of a burst also starts a draft: the deck rebuilt from its files as they are then, shown
// only if its files are still the same once the burst is quiet (else it is rebuilt then, as without it).
// What is shown is what a rebuild at the end of the quiet time shows; the draft only takes the rebuild's
// time out of the wait when the save was complete at its first event — the common case.
// The verify step exists because the watcher can miss the last save of a burst (an editor's truncate-then-
// write, or two saves within chokidar's per-file throttle): the rebuild then read a half-written file and
// no further event comes. Theme edits and content edits take the same path, so neither skips that check.
import type { DeckHost } from './deck-host.ts';

export interface RebuildActions<Draft = unknown> {
  hosts(): Iterable<DeckHost>;
  /** rebuild one deck from its files as they are now, without showing it */
  draft?(host: DeckHost): Promise<Draft>;
  /** rebuild one deck (or take `draft` if its files did not change since) and push its slides (or its error) to the open pages */
  rebuild(host: DeckHost, draft?: Draft): void | Promise<void>;
  /** swap the theme stylesheet of every deck whose theme CSS differs from what its page loaded */
  swapThemes(): void;
}

export interface Rebuilds {
  /** files of these decks changed */
  changed(hosts: Iterable<DeckHost>): void;
  close(): void;
}

export function createRebuilds<Draft>(actions: RebuildActions<Draft>, settleMs: number, verifyMs: number): Rebuilds {
  const pending = new Set<DeckHost>();
  const drafts = new Map<DeckHost, Promise<Draft>>();
  let settle: NodeJS.Timeout | undefined;
  let verify: NodeJS.Timeout | undefined;
  let drafting: NodeJS.Immediate | undefined;

  const flush = async () => {
    clearTimeout(verify);
    clearImmediate(drafting);
    const due = [...pending].map((host) => [host, drafts.get(host)] as const);
    pending.clear();
    drafts.clear();
    await Promise.all(due.map(async ([host, draft]) => actions.rebuild(host, draft && await draft.catch(() => undefined))));
    actions.swapThemes(); // after the rebuilds: the theme a rebuild resolved is the one swapped in
    verify = setTimeout(() => {
      const stale = [...actions.hosts()].filter((h) => h.stale());
      if (stale.length) { stale.forEach((h) => pending.add(h)); void flush(); }
    }, verifyMs);
  };

  return {
    changed(hosts) {
      const first = settle === undefined;
      for (const h of hosts) pending.add(h);
      if (!pending.size) return;
      clearTimeout(settle);
      clearTimeout(verify); // a later check follows this burst's rebuild
      settle = setTimeout(() => { settle = undefined; void flush(); }, settleMs);
      // once this tick's events are in: a draft of each deck concerned (one per burst)
      if (first && actions.draft) {
        drafting = setImmediate(() => { for (const h of pending) if (!drafts.has(h)) drafts.set(h, actions.draft!(h)); });
      }
    },
    close() {
      clearTimeout(settle);
      clearTimeout(verify);
      clearImmediate(drafting);
    },
  };
}
