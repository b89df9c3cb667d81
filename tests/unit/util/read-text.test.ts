// Reading a text file a deck names: UTF-8 only, no folders, no huge files, each refusal at its position.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, MAX_FILE_BYTES, readTextFile } from '../../../src/util/read-text.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeUtf8(Buffer.from('\ufeffhé', 'utf8'), 'x.md')).toBe('hé');
  });

  it('names UTF-16 as such', () => {
    const e = catchDeckError(() => decodeUtf8(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'x.md'));
    expect(e.problems[0]).toMatchObject({ file: 'x.md', line: 1, column: 1, message: 'file is UTF-16 text, not UTF-8', hint: 'save it as UTF-8' });
  });

  it('points at the first byte that is not UTF-8, by line and column', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nca', 'latin1'), Buffer.from([0xe9]), Buffer.from(' va', 'latin1')]);
    const [p] = catchDeckError(() => decodeUtf8(bytes, 'x.md')).problems;
    expect(p).toMatchObject({ file: 'x.md', line: 2, column: 3, message: 'file is not valid UTF-8 text' });
    expect(p!.hint).toMatch(/^byte 0xe9 here is not UTF-8/);
  });
});

describe('readTextFile', () => {
  it('reads a file', () => {
    const f = path.join(tempDir(), 'a.md');
    fs.writeFileSync(f, '# hi\n');
    expect(readTextFile(f, 'a.md')).toBe('# hi\n');
  });

  it('refuses a folder, a missing file and a file over the limit', () => {
    const dir = tempDir();
    expect(catchDeckError(() => readTextFile(dir, 'd')).problems[0]).toMatchObject({ file: 'd', line: 1, column: 1, message: 'is a folder, not a file' });
    expect(catchDeckError(() => readTextFile(path.join(dir, 'nope.md'), 'nope.md')).problems[0]!.message).toContain('cannot read: ENOENT');
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1); // sparse: no 16 MB written
    expect(catchDeckError(() => readTextFile(big, 'big.md')).problems[0]!.message).toMatch(/^file is 16\.0 MB; Podium reads at most 16 MB/);
  });
});
