// Markdown → plain text (PDF /Title, outline, notes).
import { describe, expect, it } from 'vitest';
import { firstWords, markdownText } from '../../../src/content/plain-text.ts';

describe('markdownText', () => {
  it('keeps underscores, asterisks and code that are text; drops the Markdown around them', () => {
    expect(markdownText('`__init__` and my_var_name: 2 * 3 is *fine*')).toBe('__init__ and my_var_name: 2 * 3 is fine');
    expect(markdownText('How **PDFs** keep `snake_case` — [docs](https://x.org)')).toBe('How PDFs keep snake_case — docs');
    expect(markdownText("we're \\*not\\* <b>html</b>")).toBe('we’re *not* <b>html</b>');
  });
  it('firstWords adds an ellipsis only when words were left out', () => {
    expect(firstWords('one two three', 3)).toBe('one two three');
    expect(firstWords('one two three four', 3)).toBe('one two three…');
  });
});
