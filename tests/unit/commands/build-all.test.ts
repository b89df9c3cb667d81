import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../../src/commands/build-all.ts';
import { exportShape } from '../../../src/commands/export-all.ts';

describe('threadCount', () => {
  it('is one per core by default, never more than the decks to build, at least one', () => {
    const cores = Math.max(1, cpus().length);
    expect(threadCount(100, undefined)).toBe(Math.min(100, cores));
    expect(threadCount(1, undefined)).toBe(1);
    expect(threadCount(0, undefined)).toBe(1);
  });

  it('follows $PODIUM_BUILD_THREADS when it is a whole number, ignores it otherwise', () => {
    expect(threadCount(100, '1')).toBe(1);
    expect(threadCount(100, '3')).toBe(3);
    expect(threadCount(2, '8')).toBe(2);
    expect(threadCount(100, 'lots')).toBe(threadCount(100, undefined));
    expect(threadCount(100, '0')).toBe(threadCount(100, undefined));
  });
});

describe('exportShape', () => {
  const req = { pdf: true, handout: false, flags: {} };
  it('keeps the flags that shape the output and drops those that do not', () => {
    const shape = exportShape(req, { notes: true, perPage: 6, timeout: '90', force: true, all: true, watch: false, out: 'x' });
    expect(shape).toEqual({ pdf: true, handout: false, png: false, pptx: false, notes: true, perPage: 6 });
  });
});
