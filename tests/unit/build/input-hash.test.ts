import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckInputDirs, forgetSharedHashes, inputHash } from '../../../src/build/input-hash.ts';
import { isFresh, readStamp, writeStamp } from '../../../src/build/stamp.ts';
import { TEMPLATES_DIR } from '../../../src/paths.ts';
import { useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

function project() {
  const root = tempDir();
  const deck = path.join(root, 'slides', 'talk');
  mkdirSync(path.join(deck, 'img'), { recursive: true });
  writeFileSync(path.join(deck, 'deck.yaml'), 'title: T\nslides: []\n');
  writeFileSync(path.join(deck, 'img', 'a.svg'), '<svg/>');
  const dirs = deckInputDirs(deck, root);
  return { root, deck, dirs, hash: (o = {}) => inputHash(deck, dirs, o) };
}

describe('inputHash', () => {
  it('is stable for the same inputs and options, whatever the order of the options', () => {
    const p = project();
    expect(p.hash({ a: 1, b: true })).toBe(p.hash({ b: true, a: 1 }));
    expect(p.hash({ a: 1 })).not.toBe(p.hash({ a: 2 }));
  });

  it('changes with any file of the deck folder, nested ones and new ones too, but not with dotfiles', () => {
    const p = project();
    const h0 = p.hash();
    writeFileSync(path.join(p.deck, 'img', 'a.svg'), '<svg></svg>');
    const h1 = p.hash();
    expect(h1).not.toBe(h0);
    writeFileSync(path.join(p.deck, 'notes.md'), 'x');
    const h2 = p.hash();
    expect(h2).not.toBe(h1);
    writeFileSync(path.join(p.deck, '.deck.yaml.swp'), 'x');
    writeFileSync(path.join(p.deck, 'deck.yaml~'), 'x');
    expect(p.hash()).toBe(h2);
  });

  it('changes with the project\'s themes (read once per process: forgetSharedHashes re-reads them)', () => {
    const p = project();
    const h0 = p.hash();
    mkdirSync(path.join(p.root, 'themes', 'acme'), { recursive: true });
    writeFileSync(path.join(p.root, 'themes', 'acme', 'theme.yaml'), 'extends: paper\n');
    forgetSharedHashes();
    expect(p.hash()).not.toBe(h0);
  });

  it('watches and hashes the same folders: the deck, the templates, ./themes/', () => {
    const p = project();
    expect(p.dirs).toEqual([p.deck, TEMPLATES_DIR, path.join(p.root, 'themes')]);
  });
});

describe('stamp', () => {
  it('vouches for one kind of output per hash, keeping the other kinds', () => {
    const out = tempDir();
    expect(readStamp(out)).toEqual({});
    writeStamp(out, 'build', 'h1');
    writeStamp(out, 'pdf', 'h2');
    expect(readStamp(out)).toEqual({ build: 'h1', pdf: 'h2' });
    expect(isFresh(out, 'build', 'h1')).toBe(true);
    expect(isFresh(out, 'pdf', 'h1')).toBe(false);
    writeFileSync(path.join(out, '.podium-stamp.json'), '{ not json');
    expect(isFresh(out, 'build', 'h1')).toBe(false);
  });
});
