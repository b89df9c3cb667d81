// `podium new <name>`: a deck copied from templates/new/, named after the folder; refusals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldDeck } from '../../../src/content/scaffold.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('scaffoldDeck', () => {
  it('writes slides/<name>/deck.yaml titled after the name', () => {
    const root = tempDir();
    const file = scaffoldDeck('my-first-talk', root);
    expect(file).toBe(path.join(root, 'slides', 'my-first-talk', 'deck.yaml'));
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('My First Talk');
    expect(text).not.toContain('__TITLE__');
  });

  it('refuses a bad name and an existing deck, writing nothing', () => {
    const root = tempDir();
    expect(catchDeckError(() => scaffoldDeck('My Talk', root)).message).toContain('must be lower-case letters, digits and dashes');
    expect(fs.existsSync(path.join(root, 'slides'))).toBe(false);
    scaffoldDeck('talk', root);
    expect(catchDeckError(() => scaffoldDeck('talk', root)).message).toContain('slides/talk already exists');
  });
});
