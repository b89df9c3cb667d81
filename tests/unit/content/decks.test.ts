// Every deck of a project: the folders under slides/ holding a deck.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDecks } from '../../../src/content/decks.ts';
import { useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('listDecks', () => {
  it('lists the folders with a deck.yaml, sorted; nothing without slides/', () => {
    const root = tempDir();
    expect(listDecks(root)).toEqual([]);
    for (const d of ['zeta', 'alpha', 'empty']) fs.mkdirSync(path.join(root, 'slides', d), { recursive: true });
    fs.writeFileSync(path.join(root, 'slides', 'zeta', 'deck.yaml'), 'title: Z\n');
    fs.writeFileSync(path.join(root, 'slides', 'alpha', 'deck.yaml'), 'title: A\n');
    fs.writeFileSync(path.join(root, 'slides', 'deck.yaml'), 'not a folder\n');
    expect(listDecks(root)).toEqual(['alpha', 'zeta']);
  });
});
