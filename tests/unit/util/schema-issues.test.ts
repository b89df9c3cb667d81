// zod issues → problems: field names as the author writes them.
import { describe, expect, it } from 'vitest';
import { fieldName } from '../../../src/util/schema-issues.ts';

describe('fieldName', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(fieldName(['events', 1, 'label'])).toBe('events[1].label');
    expect(fieldName([0, 'a'])).toBe('[0].a');
    expect(fieldName([])).toBe('');
  });
});
