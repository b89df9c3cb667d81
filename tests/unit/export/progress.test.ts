// Progress lines on the terminal, and byte sizes.
import { describe, expect, it } from 'vitest';
import { createProgress, formatBytes } from '../../../src/export/progress.ts';

describe('createProgress', () => {
  it('writes one line per step with its time when enabled, nothing when not', () => {
    const out: string[] = [];
    const on = createProgress(true, (s) => { out.push(s); return true; });
    on.step('rendered');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^ {2}rendered \x1b\[2m\(\d+\.\d\d s\)\x1b\[22m\n$/);
    const off = createProgress(false, (s) => { out.push(s); return true; });
    off.step('quiet');
    expect(out).toHaveLength(1);
    expect(off.elapsed()).toBeGreaterThanOrEqual(0);
  });
});

describe('formatBytes', () => {
  it.each([[0, '0 B'], [1023, '1023 B'], [1024, '1 KB'], [150 * 1024, '150 KB'], [3.5 * 1024 * 1024, '3.5 MB']])('%i → %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});
