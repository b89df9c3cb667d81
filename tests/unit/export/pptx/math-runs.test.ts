// Math for the .pptx: KaTeX's MathML read back as Unicode runs; what runs cannot show stays TeX source.
import { describe, expect, it } from 'vitest';
import { mathRuns, parseMathml, texSource } from '../../../../src/export/pptx/math-runs.ts';
import { inlineMarkdown, markdownBlocks } from '../../../../src/export/pptx/markdown-runs.ts';

/** Runs as one string: _x for a subscript run, ^x for a superscript one, /x/ for italic. */
const show = (tex: string, display = false) => mathRuns(tex, display)?.map((r) => `${r.sub ? '_' : r.sup ? '^' : ''}${r.italic ? `/${r.text}/` : r.text}`).join('');

describe('math → runs', () => {
  it('sets letters italic, scripts on their baseline, operators spaced as TeX spaces them', () => {
    expect(show('\\theta_{t+1} = \\theta_t - \\eta')).toBe('/θ/_/t/_+_1 = /θ/_/t/\u2009−\u2009/η/');
    expect(show('x^2')).toBe('/x/^2');
    expect(show('-x')).toBe('−/x/'); // a leading sign is unary: no spaces
  });

  it('writes fractions a/b (parenthesised when needed), roots, big operators with limits, accents, ℝ', () => {
    expect(show('\\frac{1}{n}')).toBe('1//n/');
    expect(show('\\frac{a+b}{2}')).toBe('(/a/\u2009+\u2009/b/)/2');
    expect(show('\\sqrt{x}')).toBe('√/x/');
    expect(show('\\sum_{i=1}^{n} i', true)).toBe('∑_/i/_=_1^/n//i/');
    expect(show('\\hat{y}')).toBe('/\u0177/'); // precomposed ŷ
    expect(show('\\vec{v}')).toBe('/v\u20d7/');
    expect(show('\\mathbb{R}^n')).toBe('ℝ^/n/');
    expect(show('\\log x')).toBe('log\u2009/x/');
    expect(show('\\underline{x}')).toBe('/x\u0332/');
    expect(show('a \\overset{!}{=} b')).toBe('/a/ = ^!/b/');
  });

  it('gives up on what text cannot show (matrices) and on TeX errors, so the caller shows the source', () => {
    expect(mathRuns('\\begin{pmatrix}a\\\\b\\end{pmatrix}', false)).toBeUndefined();
    expect(mathRuns('\\binom{n}{k}', false)).toBeUndefined();
    expect(mathRuns('\\frc{1}{2}', false)).toBeUndefined();
    expect(texSource('\\frc{1}', '$')).toEqual({ text: '$\\frc{1}$', code: true });
  });

  it('parses KaTeX MathML, entities included', () => {
    const tree = parseMathml('<math><mrow><mo>&lt;</mo><mi mathvariant="normal">&#x2207;</mi><mspace width="0.2em"/></mrow></math>');
    const row = tree.children[0]!.children[0]!;
    expect(row.children.map((c) => [c.tag, c.text])).toEqual([['mo', '<'], ['mi', '∇'], ['mspace', '']]);
  });
});

describe('math in Markdown fields', () => {
  it('turns $…$ into runs inside a line and $$…$$ blocks into centred paragraphs; prices stay text', () => {
    const runs = inlineMarkdown('a $x^2$ b, costs $5 and $10');
    expect(runs.map((r) => r.text).join('')).toBe('a x2 b, costs $5 and $10');
    expect(runs.find((r) => r.sup)).toEqual({ text: '2', sup: true });
    const [block] = markdownBlocks('$$\nE = mc^2\n$$');
    expect(block).toMatchObject({ kind: 'para', align: 'center' });
  });

  it('shows a formula text cannot carry as its TeX source in the mono font, never nothing', () => {
    expect(inlineMarkdown('see $\\begin{pmatrix}a\\end{pmatrix}$')).toEqual([
      { text: 'see ' }, { text: '$\\begin{pmatrix}a\\end{pmatrix}$', code: true },
    ]);
  });

  it('reads {width=…} after an image as the deck does, instead of printing it', () => {
    const blocks = markdownBlocks('![A frame](img/a.png){width=80%} text');
    expect(blocks.map((b) => (b.kind === 'para' ? b.runs.map((r) => r.text).join('') : b.kind))).toEqual([' text', 'image']);
  });
});
