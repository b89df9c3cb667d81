// A dependency loaded on first use, once.
import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/util/lazy.ts';

describe('lazy', () => {
  it('loads the module when first called and picks from it once', () => {
    let picks = 0;
    const get = lazy('node:path', (m: typeof import('node:path')) => { picks++; return m.posix.join; });
    expect(picks).toBe(0);
    expect(get()('a', 'b')).toBe('a/b');
    expect(get()).toBe(get());
    expect(picks).toBe(1);
  });

  it('returns the module itself without a pick', () => {
    expect(lazy<typeof import('node:os')>('node:os')().EOL).toBe('\n');
  });
});
