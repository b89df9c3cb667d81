// The dev server's rebuild queue (src/vite/rebuilds.ts): bursts coalesce, themes swap after the rebuilds,
// and every rebuild — a theme edit's included — is followed by the check for a save the watcher dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckHost } from '../../../src/vite/deck-host.ts';
import { createRebuilds } from '../../../src/vite/rebuilds.ts';

/** A deck whose files on disk may differ from what it last built (`onDisk` vs `built`). */
function fakeHost(name: string) {
  const host = { name, onDisk: 1, built: 1, stale: () => host.onDisk !== host.built };
  return host;
}

describe('createRebuilds', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  const setup = (...names: string[]) => {
    const hosts = names.map(fakeHost);
    const log: string[] = [];
    const rebuilds = createRebuilds({
      hosts: () => hosts as unknown as DeckHost[],
      rebuild: (h) => { const f = h as unknown as ReturnType<typeof fakeHost>; f.built = f.onDisk; log.push(`rebuild ${f.name}`); },
      swapThemes: () => log.push('swap themes'),
    }, 25, 150);
    const changed = (...i: number[]) => rebuilds.changed(i.map((k) => hosts[k]) as unknown as DeckHost[]);
    return { hosts, log, rebuilds, changed };
  };

  it('turns a burst of events into one rebuild per deck, then swaps the themes', async () => {
    const { log, changed } = setup('a', 'b');
    changed(0); await vi.advanceTimersByTimeAsync(10);
    changed(0, 1); await vi.advanceTimersByTimeAsync(10);
    changed(1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(25);
    expect(log).toEqual(['rebuild a', 'rebuild b', 'swap themes']);
  });

  it('rebuilds a deck whose last save came without an event, after a theme edit too', async () => {
    const { hosts, log, changed } = setup('a');
    // theme.yaml truncated (event), then written (event dropped): the rebuild reads the empty file…
    changed(0);
    await vi.advanceTimersByTimeAsync(25);
    hosts[0]!.onDisk = 2; // …and the content changed after that rebuild read it, with no event
    expect(log).toEqual(['rebuild a', 'swap themes']);
    await vi.advanceTimersByTimeAsync(150);
    expect(log).toEqual(['rebuild a', 'swap themes', 'rebuild a', 'swap themes']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toHaveLength(4); // up to date: nothing more
  });

  it('leaves decks whose files did not change alone, and stops on close', async () => {
    const { hosts, log, rebuilds, changed } = setup('a', 'b');
    changed(0);
    await vi.advanceTimersByTimeAsync(25);
    expect(log).toEqual(['rebuild a', 'swap themes']);
    hosts[1]!.onDisk = 2;
    rebuilds.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['rebuild a', 'swap themes']);
  });

  describe('drafts', () => {
    /** A queue whose draft records the files it read; rebuild shows the draft when the files are unchanged, else rebuilds. */
    const drafting = (...names: string[]) => {
      const hosts = names.map(fakeHost);
      const log: string[] = [];
      const rebuilds = createRebuilds<{ host: ReturnType<typeof fakeHost>; read: number }>({
        hosts: () => hosts as unknown as DeckHost[],
        draft: async (h) => { const f = h as unknown as ReturnType<typeof fakeHost>; log.push(`draft ${f.name} of ${f.onDisk}`); return { host: f, read: f.onDisk }; },
        rebuild: (h, draft) => {
          const f = h as unknown as ReturnType<typeof fakeHost>;
          if (draft && draft.read === f.onDisk) log.push(`show draft of ${draft.read}`);
          else log.push(`rebuild ${f.name} of ${f.onDisk}`);
          f.built = f.onDisk;
        },
        swapThemes: () => log.push('swap themes'),
      }, 25, 150);
      const changed = (...i: number[]) => rebuilds.changed(i.map((k) => hosts[k]) as unknown as DeckHost[]);
      return { hosts, log, changed };
    };

    it('drafts at the first event of a burst and shows that draft once quiet, when the files did not change since', async () => {
      const { hosts, log, changed } = drafting('a');
      hosts[0]!.onDisk = 2;
      changed(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(log).toEqual(['draft a of 2']); // at once: the rebuild's time is not added to the wait
      changed(0); await vi.advanceTimersByTimeAsync(10); // more events of the same burst: no second draft
      expect(log).toEqual(['draft a of 2']);
      await vi.advanceTimersByTimeAsync(25);
      expect(log).toEqual(['draft a of 2', 'show draft of 2', 'swap themes']);
    });

    it('rebuilds once quiet when the files changed after the draft read them (a save in several steps)', async () => {
      const { hosts, log, changed } = drafting('a');
      hosts[0]!.onDisk = 2; // truncated…
      changed(0);
      await vi.advanceTimersByTimeAsync(1);
      hosts[0]!.onDisk = 3; // …then written, its event within the watcher's throttle
      await vi.advanceTimersByTimeAsync(25);
      expect(log).toEqual(['draft a of 2', 'rebuild a of 3', 'swap themes']); // the half-written draft is never shown
      await vi.advanceTimersByTimeAsync(1000);
      expect(log).toHaveLength(3);
    });
  });

  it('ignores an event that concerns no deck', async () => {
    const { log, changed } = setup('a');
    changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual([]);
  });
});
