// Replacing a folder of generated files atomically: staged beside it, swapped in with renames.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFolder, writeInto } from '../../../src/build/write-folder.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();
const png = (e: string) => e.endsWith('.png');

describe('stageFolder', () => {
  it('swaps the staged files in, replacing the earlier folder and leaving no temp folder', () => {
    const parent = tempDir();
    const target = path.join(parent, 'png');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'old.png'), 'old');
    const s = stageFolder(target, png);
    writeInto(s.dir, '01.png', new Uint8Array([1]));
    expect(fs.readdirSync(target)).toEqual(['old.png']); // untouched until commit
    s.commit();
    s.discard(); // safe after commit
    expect(fs.readdirSync(target)).toEqual(['01.png']);
    expect(fs.readdirSync(parent)).toEqual(['png']);
  });

  it('discarding leaves the earlier folder as it was', () => {
    const parent = tempDir();
    const s = stageFolder(path.join(parent, 'png'), png);
    writeInto(s.dir, '01.png', new Uint8Array([1]));
    s.discard();
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('refuses to replace a folder holding a file it did not write', () => {
    const target = path.join(tempDir(), 'png');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'notes.txt'), 'mine');
    expect(catchDeckError(() => stageFolder(target, png)).problems[0]!.message).toMatch(/^refusing to replace .*png: it holds notes\.txt, which Podium did not write$/);
  });
});
