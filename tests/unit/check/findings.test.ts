// The rules of `podium check` and their severities.
import { describe, expect, it } from 'vitest';
import { ERROR_RULES, RULES, severityOf } from '../../../src/check/findings.ts';

describe('severityOf', () => {
  it('layout and asset rules are errors, the rest warnings', () => {
    expect(severityOf('overflow')).toBe('error');
    expect(severityOf('glyph')).toBe('error');
    expect(severityOf('contrast')).toBe('warning');
    expect(severityOf('chrome')).toBe('warning');
    expect(RULES.filter((r) => severityOf(r) === 'error')).toEqual([...ERROR_RULES].sort((a, b) => RULES.indexOf(a) - RULES.indexOf(b)));
  });
});
