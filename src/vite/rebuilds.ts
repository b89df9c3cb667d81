// When the dev server rebuilds. Every file event that concerns a deck — its deck.yaml and bodies, its
// theme/ folder, a built-in theme, a shared layout — goes through one queue:
//   a burst of events → once quiet (settleMs), each deck concerned is rebuilt and pushed, then every deck's
//   theme stylesheet whose CSS changed is swapped in place → once quiet again (verifyMs), the decks' files
//   are compared with what was built, and a deck whose files changed anyway is rebuilt the same way.
// The last step exists because the watcher can miss the last save of a burst (an editor's truncate-then-
// write, or two saves within chokidar's per-file throttle): the rebuild then read a half-written file and
// no further event comes. Theme edits and content edits take the same path, so neither skips that check.
import type { DeckHost } from './deck-host.ts';

export interface RebuildActions {
  hosts(): Iterable<DeckHost>;
  /** rebuild one deck and push its slides (or its error) to the open pages; diagrams make it async */
  rebuild(host: DeckHost): void | Promise<void>;
  /** swap the theme stylesheet of every deck whose theme CSS differs from what its page loaded */
  swapThemes(): void;
}

export interface Rebuilds {
  /** files of these decks changed */
  changed(hosts: Iterable<DeckHost>): void;
  close(): void;
}

export function createRebuilds(actions: RebuildActions, settleMs: number, verifyMs: number): Rebuilds {
  const pending = new Set<DeckHost>();
  let settle: NodeJS.Timeout | undefined;
  let verify: NodeJS.Timeout | undefined;

  const flush = async () => {
    clearTimeout(verify);
    const due = [...pending];
    pending.clear();
    await Promise.all(due.map((host) => actions.rebuild(host)));
    actions.swapThemes(); // after the rebuilds: the theme a rebuild resolved is the one swapped in
    verify = setTimeout(() => {
      const stale = [...actions.hosts()].filter((h) => h.stale());
      if (stale.length) { stale.forEach((h) => pending.add(h)); void flush(); }
    }, verifyMs);
  };

  return {
    changed(hosts) {
      for (const h of hosts) pending.add(h);
      if (!pending.size) return;
      clearTimeout(settle);
      clearTimeout(verify); // a later check follows this burst's rebuild
      settle = setTimeout(() => void flush(), settleMs);
    },
    close() {
      clearTimeout(settle);
      clearTimeout(verify);
    },
  };
}
