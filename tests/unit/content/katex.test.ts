// KaTeX in Node: HTML + MathML output, nothing active, TeX errors with their offset, hostile formulas refused.
import { describe, expect, it } from 'vitest';
import { renderMath, cleanMessage } from '../../../src/content/katex.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';

const md = createMarkdown({ allowHtml: false });

describe('KaTeX output', () => {
  it('is HTML for the eye and MathML for screen readers, no script', () => {
    const r = renderMath('\\frac{a}{b}', false);
    if (!('html' in r)) throw new Error(r.error);
    expect(r.html).toContain('class="katex-html"');
    expect(r.html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(r.html).not.toMatch(/<script|on\w+=/i);
  });

  it('reports a TeX error with its offset and a clean message', () => {
    expect(renderMath('\\frc{1}{2}', false)).toMatchObject({ error: 'Undefined control sequence: \\frc', position: 0 });
    expect(renderMath('x^', false)).toMatchObject({ error: "Expected group after '^'", position: 1 });
    expect(cleanMessage('KaTeX parse error: Expected \'}\', got \'EOF\' at end of input: \\sqrt{x')).toBe("Expected '}', got 'EOF' (at the end of the formula)");
  });
});

describe('hostile formulas stay inert', () => {
  it.each([
    ['\\href{javascript:alert(1)}{x}', '\\href'],
    ['\\url{javascript:alert(1)}', '\\url'],
    ['\\includegraphics{/etc/passwd}', '\\includegraphics'],
    ['\\htmlClass{x}{y}', '\\htmlClass'],
    ['\\htmlStyle{background:url(//evil)}{y}', '\\htmlStyle'],
    ['\\htmlData{onload=alert(1)}{y}', '\\htmlData'],
  ])('%s is refused, and named', (tex, command) => {
    const r = renderMath(tex, false);
    expect(r).toMatchObject({ error: `${command} is not allowed in a formula (no links, images, classes or styles)` });
  });

  it('a macro that expands forever stops', () => {
    expect(renderMath('\\def\\a{\\a\\a}\\a', false)).toMatchObject({ error: expect.stringMatching(/too many macro expansions/) });
  });

  it('a formula nested thousands deep is an error, not a crash', () => {
    expect(renderMath(`${'{'.repeat(20000)}x${'}'.repeat(20000)}`, false)).toMatchObject({ error: 'the formula is nested too deeply' });
  });

  it('sizes are clamped', () => {
    const r = renderMath('\\rule{100000em}{100000em}', false);
    if (!('html' in r)) throw new Error(r.error);
    expect(r.html).not.toMatch(/style="[^"]*100000em/);
    expect(r.html).toContain('border-right-width:20em');
  });

  it('an unchecked formula that fails renders as escaped source, never as markup', () => {
    const out = md.inline('$\\frc{<img src=x onerror=alert(1)>}$');
    expect(out).toMatch(/^<code class="math-error" title="[^"]*">\$\\frc\{&lt;img src=x onerror=alert\(1\)&gt;\}\$<\/code>$/);
  });
});
