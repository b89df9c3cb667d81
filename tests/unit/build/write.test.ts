import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeSite } from '../../../src/build/write.ts';
import { useTempDirs } from '../_support.ts';

// renameSync passes through unless a test sets `rename.fail` (to simulate a failing swap).
const rename = vi.hoisted(() => ({ fail: undefined as undefined | ((from: string, to: string) => boolean) }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (rename.fail?.(String(from), String(to))) throw Object.assign(new Error('simulated rename failure'), { code: 'EIO' });
    actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});
afterEach(() => {
  rename.fail = undefined;
});

const tempDir = useTempDirs();

/** Every file under dir (posix, relative) → contents. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p).split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const leftovers = (parent: string) => fs.readdirSync(parent).filter((n) => /^\.(tmp|old)-/.test(n));

describe('writeSite', () => {
  it('writes files and copies (creating folders) into a new output folder', () => {
    const base = tempDir('podium-write-');
    const src = path.join(base, 'src.png');
    fs.writeFileSync(src, 'image');
    fs.mkdirSync(path.join(base, 'srcdir', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(base, 'srcdir', 'sub', 'x.txt'), 'x');
    const out = path.join(base, 'dist', 'deck');
    writeSite(out, {
      files: { 'index.html': '<html>', 'nested/a/b.txt': 'b', 'bin.dat': new Uint8Array([104, 105]) },
      copies: { 'assets/pic.png': src, 'dir': path.join(base, 'srcdir') },
    });
    expect(tree(out)).toEqual({ 'index.html': '<html>', 'nested/a/b.txt': 'b', 'bin.dat': 'hi', 'assets/pic.png': 'image', 'dir/sub/x.txt': 'x' });
    expect(leftovers(path.dirname(out))).toEqual([]);
  });

  it('replaces the previous output entirely (stale files go away)', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    writeSite(out, { files: { 'index.html': 'v1', 'old.txt': 'stale' }, copies: {} });
    writeSite(out, { files: { 'index.html': 'v2' }, copies: {} });
    expect(tree(out)).toEqual({ 'index.html': 'v2' });
    expect(fs.readdirSync(base)).toEqual(['deck']);
  });

  it('leaves the previous output intact when a copy fails, with no temp folders left', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    writeSite(out, { files: { 'index.html': 'v1', 'a/b.txt': 'b' }, copies: {} });
    expect(() => writeSite(out, {
      files: { 'index.html': 'v2' },
      copies: { 'x.png': path.join(base, 'missing.png') },
    })).toThrow(/ENOENT/);
    expect(tree(out)).toEqual({ 'index.html': 'v1', 'a/b.txt': 'b' });
    expect(fs.readdirSync(base)).toEqual(['deck']);
  });

  it('creates no output at all when the first build fails', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    expect(() => writeSite(out, { files: { 'index.html': 'v1' }, copies: { 'x.png': path.join(base, 'missing.png') } })).toThrow();
    expect(fs.readdirSync(base)).toEqual([]);
  });

  it('refuses file names that escape the site folder, keeping the previous output', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    writeSite(out, { files: { 'index.html': 'v1' }, copies: {} });
    expect(() => writeSite(out, { files: { '../evil.txt': 'x' }, copies: {} })).toThrow(/refusing to write outside the site: \.\.\/evil\.txt/);
    expect(() => writeSite(out, { files: {}, copies: { '../../evil.txt': path.join(out, 'index.html') } })).toThrow(/refusing to write outside/);
    expect(tree(out)).toEqual({ 'index.html': 'v1' });
    expect(fs.readdirSync(base)).toEqual(['deck']);
  });

  it('puts the previous output back when swapping the new one in fails', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    writeSite(out, { files: { 'index.html': 'v1' }, copies: {} });
    rename.fail = (from, to) => path.basename(from).startsWith('.tmp-') && to === out;
    expect(() => writeSite(out, { files: { 'index.html': 'v2' }, copies: {} })).toThrow('simulated rename failure');
    rename.fail = undefined;
    expect(tree(out)).toEqual({ 'index.html': 'v1' });
    expect(fs.readdirSync(base)).toEqual(['deck']);
  });

  it('leaves the previous output in place when moving it aside fails', () => {
    const base = tempDir('podium-write-');
    const out = path.join(base, 'deck');
    writeSite(out, { files: { 'index.html': 'v1' }, copies: {} });
    rename.fail = (from) => from === out;
    expect(() => writeSite(out, { files: { 'index.html': 'v2' }, copies: {} })).toThrow('simulated rename failure');
    rename.fail = undefined;
    expect(tree(out)).toEqual({ 'index.html': 'v1' });
    expect(fs.readdirSync(base)).toEqual(['deck']);
  });
});

describe('writeFileAtomic', () => {
  it('creates folders and writes text', () => {
    const base = tempDir('podium-atomic-');
    const file = path.join(base, 'a', 'b', 'f.txt');
    writeFileAtomic(file, 'one');
    expect(fs.readFileSync(file, 'utf8')).toBe('one');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['f.txt']);
  });

  it('replaces an existing file, also with binary data', () => {
    const base = tempDir('podium-atomic-');
    const file = path.join(base, 'f.bin');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, new Uint8Array([0, 255, 65]));
    expect([...fs.readFileSync(file)]).toEqual([0, 255, 65]);
    expect(fs.readdirSync(base)).toEqual(['f.bin']);
  });

  it('keeps the old file and removes its temp file when the rename fails', () => {
    const base = tempDir('podium-atomic-');
    const file = path.join(base, 'f.txt');
    writeFileAtomic(file, 'old');
    rename.fail = (_from, to) => to === file;
    expect(() => writeFileAtomic(file, 'new')).toThrow('simulated rename failure');
    rename.fail = undefined;
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(base)).toEqual(['f.txt']);
  });

  it('fails without leaving a temp file when the target is a folder', () => {
    const base = tempDir('podium-atomic-');
    const target = path.join(base, 'isdir');
    fs.mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(fs.readdirSync(base)).toEqual(['isdir']);
  });
});
