// HTML escaping, used wherever text becomes markup.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/util/html.ts';

describe('escapeHtml', () => {
  it('escapes &, <, > and "', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
