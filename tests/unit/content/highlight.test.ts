import { describe, expect, it } from 'vitest';
import { highlightLines, highlightToHtml, parseLineSpec } from '../../../src/content/highlight.ts';

/** Each output line is one `<span class="line …">…</span>`; checks nesting never goes negative and ends balanced. */
function expectBalanced(html: string): string[] {
  const out = html.split('\n');
  for (const line of out) {
    const opens = (line.match(/<span\b/g) ?? []).length;
    const closes = (line.match(/<\/span>/g) ?? []).length;
    expect(opens, line).toBe(closes);
    let depth = 0;
    for (const tag of line.match(/<span\b[^>]*>|<\/span>/g) ?? []) {
      depth += tag === '</span>' ? -1 : 1;
      expect(depth, line).toBeGreaterThanOrEqual(0);
    }
    expect(line).toMatch(/^<span class="line( is-marked| is-dimmed)?">.*<\/span>$/);
  }
  return out;
}

describe('parseLineSpec', () => {
  it('expands ranges and single lines', () => {
    expect([...parseLineSpec('2-4,7')]).toEqual([2, 3, 4, 7]);
  });

  it('tolerates spaces and repeated lines', () => {
    expect([...parseLineSpec(' 1 , 3-3 ,1')].sort()).toEqual([1, 3]);
  });

  it('is empty for no spec', () => {
    expect(parseLineSpec(undefined).size).toBe(0);
    expect(parseLineSpec('').size).toBe(0);
  });
});

describe('highlightLines', () => {
  it('produces one line span per source line, dropping one trailing newline', () => {
    const out = expectBalanced(highlightLines('a = 1\nb = 2\n', 'python'));
    expect(out).toHaveLength(2);
  });

  it('keeps every line balanced through a multi-line Python docstring', () => {
    const code = 'def f():\n    """Doc\n    string\n    end"""\n    return 1\n';
    const out = expectBalanced(highlightLines(code, 'python'));
    expect(out).toHaveLength(5);
    // the string token is re-opened on every line it spans
    for (const i of [1, 2, 3]) expect(out[i]).toContain('<span class="hljs-string">');
    expect(out[2]).toBe('<span class="line"><span class="hljs-string">    string</span></span>');
  });

  it('keeps every line balanced through a multi-line JS block comment', () => {
    const code = '/* a\n * b\n * c */\nconst x = "y"; /* one\ntwo */ let z = 1;';
    const out = expectBalanced(highlightLines(code, 'javascript'));
    expect(out).toHaveLength(5);
    for (const i of [0, 1, 2]) expect(out[i]).toContain('<span class="hljs-comment">');
    expect(out[4]).toMatch(/^<span class="line"><span class="hljs-comment">two \*\/<\/span>/);
  });

  it('stays balanced with nested tokens (template literal with interpolation across lines)', () => {
    const code = 'const s = `a ${\n  b + 1\n} c`;\nfoo();';
    const out = expectBalanced(highlightLines(code, 'javascript'));
    // both the string and the substitution inside it are re-opened on the next line
    expect(out[1]).toMatch(/^<span class="line"><span class="hljs-string"><span class="hljs-subst">/);
  });

  it('marks the given lines and dims the others', () => {
    const out = expectBalanced(highlightLines('l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8', 'plaintext', '2-4,7'));
    const classes = out.map((l) => /^<span class="([^"]+)">/.exec(l)![1]);
    expect(classes).toEqual([
      'line is-dimmed', 'line is-marked', 'line is-marked', 'line is-marked', 'line is-dimmed', 'line is-dimmed', 'line is-marked', 'line is-dimmed',
    ]);
  });

  it('marks lines inside a multi-line token', () => {
    const out = highlightLines('def f():\n    """doc\n    string"""\n    return 1', 'python', '2-3');
    const classes = out.split('\n').map((l) => /^<span class="([^"]+)">/.exec(l)![1]);
    expect(classes).toEqual(['line is-dimmed', 'line is-marked', 'line is-marked', 'line is-dimmed']);
  });

  it('uses plain line spans without a spec', () => {
    expect(highlightLines('a\nb', 'plaintext')).toBe('<span class="line">a</span>\n<span class="line">b</span>');
  });

  it('keeps empty lines (as a space) so they still take up a row', () => {
    expect(highlightLines('a\n\nb', 'plaintext')).toBe('<span class="line">a</span>\n<span class="line"> </span>\n<span class="line">b</span>');
  });

  it('escapes code in an unknown language as plain text', () => {
    const out = highlightLines('<b>&"x"</b>\nif (a < b) {}', 'no-such-language');
    expect(out).toBe('<span class="line">&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</span>\n<span class="line">if (a &lt; b) {}</span>');
    expect(out).not.toContain('hljs-');
  });

  it('escapes HTML inside highlighted code', () => {
    const out = highlightLines('x = "<script>alert(1)</script>"', 'python');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('highlightToHtml', () => {
  it('highlights a known language', () => {
    expect(highlightToHtml('def f(): pass', 'python')).toContain('<span class="hljs-keyword">def</span>');
  });
});
