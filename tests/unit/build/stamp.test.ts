// The stamp of a deck's last successful outputs: one input hash per kind, read leniently, written atomically.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFresh, readStamp, STAMP_FILE, writeStamp } from '../../../src/build/stamp.ts';
import { useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('stamp', () => {
  it('records one hash per kind, keeps the others, and vouches only for the same hash', () => {
    const out = tempDir('podium-stamp-');
    expect(readStamp(out)).toEqual({});
    writeStamp(out, 'build', 'aaa');
    writeStamp(out, 'pdf', 'bbb');
    expect(readStamp(out)).toEqual({ build: 'aaa', pdf: 'bbb' });
    expect(isFresh(out, 'build', 'aaa')).toBe(true);
    expect(isFresh(out, 'build', 'bbb')).toBe(false);
    expect(isFresh(out, 'handout', 'aaa')).toBe(false);
    expect(readdirSync(out)).toEqual([STAMP_FILE]); // no temp file left beside it
  });

  it('reads a damaged or foreign stamp as vouching for nothing', () => {
    const out = tempDir('podium-stamp-');
    mkdirSync(out, { recursive: true });
    for (const text of ['{not json', '[1,2]', 'null', '{"build": 42, "pdf": "ok"}']) {
      writeFileSync(path.join(out, STAMP_FILE), text);
      expect(readStamp(out), text).toEqual(text.includes('"pdf"') ? { pdf: 'ok' } : {});
    }
  });
});
