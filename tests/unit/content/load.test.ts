// Stage 1 — load: which deck a command means, and deck.yaml read as text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDeck, loadDeck, resolveDeckDir } from '../../../src/content/load.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

function project(...decks: string[]): string {
  const root = tempDir();
  for (const d of decks) {
    fs.mkdirSync(path.join(root, 'slides', d), { recursive: true });
    fs.writeFileSync(path.join(root, 'slides', d, 'deck.yaml'), `title: ${d}\n`);
  }
  return root;
}

describe('defaultDeck', () => {
  it('is the only deck under slides/', () => {
    expect(defaultDeck(project('talk'))).toBe('talk');
  });

  it('lists the decks when there are several, says how to start when there is none', () => {
    const several = catchDeckError(() => defaultDeck(project('b', 'a')));
    expect(several.problems[0]!.message).toBe('several decks under slides/ (a, b): name the one you mean');
    expect(several.problems[0]!.hint).toContain('build a');
    const none = catchDeckError(() => defaultDeck(project()));
    expect(none.problems[0]!.message).toMatch(/^no deck here/);
    expect(none.problems[0]!.hint).toContain('new my-talk');
  });
});

describe('resolveDeckDir / loadDeck', () => {
  it('takes a name under slides/, a folder, or the deck.yaml itself', () => {
    const root = project('talk');
    const dir = path.join(root, 'slides', 'talk');
    expect(resolveDeckDir('talk', root)).toBe(dir);
    expect(resolveDeckDir('slides/talk', root)).toBe(dir);
    expect(resolveDeckDir(path.join(dir, 'deck.yaml'), root)).toBe(dir);
    expect(loadDeck(undefined, root)).toMatchObject({ dir, name: 'talk', file: path.join(dir, 'deck.yaml'), text: 'title: talk\n' });
  });

  it('names what it looked for, as a name or as a path', () => {
    const root = project('talk');
    expect(catchDeckError(() => resolveDeckDir('tlak', root)).problems[0]!.message).toBe('no deck "tlak": expected slides/tlak/deck.yaml or a folder with a deck.yaml');
    expect(catchDeckError(() => resolveDeckDir('x/y', root)).problems[0]!.message).toBe(`no deck at x/y: there is no ${path.join('x/y', 'deck.yaml')}`);
  });
});
