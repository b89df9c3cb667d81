// Math in Markdown: the `$` rules (prices stay text) and display math inline and as a block.
import { describe, expect, it } from 'vitest';
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
