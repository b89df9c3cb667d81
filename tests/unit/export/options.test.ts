// CLI flags of pdf / handout / export → typed options; a bad value is a usage error (exit 2).
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.ts';
import { handoutOptions, pngOptions, printOptions, timeoutMs } from '../../../src/export/options.ts';
import { catchDeckError } from '../_support.ts';

describe('export options', () => {
  it('defaults: 60 s timeout, 3 slides per A4 page, scale 1', () => {
    expect(timeoutMs({})).toBe(60_000);
    expect(printOptions({})).toEqual({ fragments: false, notes: false, range: undefined, timeout: 60_000 });
    expect(handoutOptions({})).toEqual({ perPage: 3, paper: 'a4', lines: false, timeout: 60_000 });
    expect(pngOptions({})).toEqual({ fragments: false, scale: 1, range: undefined, timeout: 60_000 });
  });

  it('reads flags as cac gives them (strings or numbers)', () => {
    expect(printOptions({ fragments: true, notes: true, range: 3, timeout: '2.5' })).toEqual({ fragments: true, notes: true, range: '3', timeout: 2500 });
    expect(handoutOptions({ perPage: '6', paper: 'Letter', lines: true })).toMatchObject({ perPage: 6, paper: 'letter', lines: true });
    expect(pngOptions({ scale: '2', range: '2-4' })).toMatchObject({ scale: 2, range: '2-4' });
  });

  it('refuses a bad value as a usage error naming the flag', () => {
    const bad = (fn: () => unknown) => { const e = catchDeckError(fn); return [e.exitCode, e.message]; };
    expect(bad(() => timeoutMs({ timeout: 'soon' }))).toEqual([ExitCode.Usage, '--timeout must be a number of seconds, got "soon"']);
    expect(bad(() => timeoutMs({ timeout: 0 }))[0]).toBe(ExitCode.Usage);
    expect(bad(() => handoutOptions({ perPage: 5 }))).toEqual([ExitCode.Usage, '--per-page must be 1, 2, 3, 4 or 6, got "5"']);
    expect(bad(() => handoutOptions({ paper: 'a3' }))).toEqual([ExitCode.Usage, '--paper must be a4 or letter, got "a3"']);
    expect(bad(() => pngOptions({ scale: 3 }))).toEqual([ExitCode.Usage, '--scale must be 1 or 2, got "3"']);
  });
});
