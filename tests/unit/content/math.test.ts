// Math in Markdown: the `$` rules (prices stay text), display math inline and as a block, KaTeX's output
// (HTML + MathML, nothing active), and hostile formulas kept inert.
import { describe, expect, it } from 'vitest';
import { renderMath, cleanMessage } from '../../../src/content/katex.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';
import { mathProblems } from '../../../src/content/math-check.ts';

const md = createMarkdown({ allowHtml: false });
/** The formulas (their TeX annotation) KaTeX typeset in an inline render. */
const formulas = (src: string) => [...md.inline(src).matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((m) => m[1]);

describe('the $ rules', () => {
  it.each([
    ['$5 and $10', []],
    ['costs $5, or $10 with tax', []],
    ['between $5-$10', []], // the closing $ is followed by a digit
    ['$ x$', []], // space after the opening $
    ['$x $', []], // space before the closing $
    ['$x$5', []], // closing $ followed by a digit
    ['$$', []],
    ['$', []],
    ['a lone $ sign', []],
    ['$x$', ['x']],
    ['a $x^2$ b', ['x^2']],
    ['a$b$c', ['b']],
    ['costs $5, or $x$ here', ['x']], // the $ before x cannot close "$5, or ", so the first $ is text
    ['$a$ and $b$', ['a', 'b']],
    ['$x$.', ['x']],
    ['($x$)', ['x']],
  ])('%j → %j', (src, expected) => {
    expect(formulas(src)).toEqual(expected);
  });

  it('keeps prices as the very text they were', () => {
    expect(md.inline('$5 and $10')).toBe('$5 and $10');
    expect(md.block('Tickets cost $5 and $10.')).toBe('<p>Tickets cost $5 and $10.</p>\n');
  });

  it('\\$ is a dollar sign, outside a formula and inside one', () => {
    expect(md.inline('\\$x$')).toBe('$x$');
    expect(md.inline('\\$5 and \\$10')).toBe('$5 and $10');
    expect(formulas('$\\$5$')).toEqual(['\\$5']);
    expect(formulas('$a\\$b$ c')).toEqual(['a\\$b']);
  });

  it('code spans keep their dollars', () => {
    expect(md.inline('`$x$`')).toBe('<code>$x$</code>');
    expect(md.block('```\n$x$\n```')).not.toContain('katex');
  });

  it('Markdown around a formula still works; emphasis markers inside it are TeX', () => {
    const out = md.inline('**bold** $a_1 * b_2$ *it*');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<em>it</em>');
    expect(formulas('**bold** $a_1 * b_2$ *it*')).toEqual(['a_1 * b_2']);
  });
});

describe('display math', () => {
  it('$$…$$ inside a line (a bullet item) is display math', () => {
    const out = md.inline('Sum: $$\\sum_i x_i$$ done');
    expect(out).toContain('class="katex-display"');
    expect(out).toContain('display="block"');
  });

  it('a $$ block on its own lines, in a body, between paragraphs and in a list', () => {
    const out = md.block('Before\n\n$$\n\\int_0^1 x\\,dx\n$$\n\nAfter');
    expect(out).toMatch(/^<p>Before<\/p>\n<div class="math-block"><span class="katex-display">/);
    expect(out).toContain('<p>After</p>');
    expect(md.block('- item\n  $$ a+b $$\n- two')).toContain('<li>item<div class="math-block">');
  });

  it('two display formulas on one line stay two formulas in a paragraph', () => {
    const out = md.block('$$a$$ and $$b$$');
    expect(out).toMatch(/^<p><span class="katex-display">[\s\S]* and <span class="katex-display">/);
    expect(mathProblems('$$a$$ and $$b$$', false)).toEqual([]);
    expect(md.block('$$ x $$')).toMatch(/^<div class="math-block">/);
  });

  it('an unclosed $$ stays text', () => {
    expect(md.block('$$\nx\n\nmore')).not.toContain('katex');
  });
});

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

describe('mathProblems: each TeX error at its offset in the Markdown string', () => {
  it.each([
    ['see $\\frc{1}{2}$ here', 5],
    ['ok $x$ then $y^$', 14],
    ['a\n\n$$\n\\sum\n  \\oops{i}\n$$\n', 13],
    ['- item\n  - nested $\\bad$', 19],
  ])('%j → offset %i', (src, offset) => {
    const found = mathProblems(src, false);
    expect(found).toHaveLength(1);
    expect(found[0]!.index).toBe(offset);
  });

  it('finds every error, in order, even for the same formula twice', () => {
    expect(mathProblems('$\\bad$ and $\\bad$', false).map((p) => p.index)).toEqual([1, 12]);
  });

  it('a string without a formula costs nothing and reports nothing', () => {
    expect(mathProblems('Tickets $5 and $10', false)).toEqual([]);
    expect(mathProblems('no dollars at all', false)).toEqual([]);
  });
});
