// A TeX error points at the formula inside its YAML string, whatever the scalar style, and inside a body file
// at that file's own line:col; every problem comes out at once; each TeX error at its offset in the Markdown.
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mathProblems } from '../../../src/content/math-check.ts';
import { prepare } from '../../../src/pipeline.ts';
import { brief, lines, problemsOf, useTempDirs } from '../_support.ts';

describe('math errors in a deck', () => {
  const tmp = useTempDirs();
  const deck = (yaml: string, files: Record<string, string> = {}) => {
    const dir = path.join(tmp(), 'talk');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'deck.yaml'), yaml);
    for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
    return dir;
  };

  it('every formula error at once, each at its line:col, with slide, field and KaTeX message', () => {
    const dir = deck(lines(
      'title: Math',
      'slides:',
      '  - layout: bullets',
      '    title: Step $\\theta$',
      '    items:',
      '      - fine $x^2$',
      '      - plain $\\frc{1}{2}$',
      "      - 'single $\\sqrt{x$'",
      '      - |',
      '        block first line',
      '        then $$\\int \\badcmd x$$',
      '    notes: "see $y^$"',
      '  - layout: markdown',
      '    body: ./body.md',
      '  - layout: quote',
      '    quote: >',
      '      folded',
      '      $\\href{javascript:alert(1)}{x}$',
    ), { 'body.md': 'Intro\n\n$$\n\\sum_{i=1}^n\n  \\oops{i}\n$$\n' });
    const problems = problemsOf(() => prepare(dir));
    expect(problems.map(brief)).toEqual([
      { line: 7, column: 16, message: 'slide 1 (bullets): items[1]: math: Undefined control sequence: \\frc' },
      { line: 8, column: 25, message: "slide 1 (bullets): items[2]: math: Expected '}', got 'EOF'" },
      { line: 11, column: 21, message: 'slide 1 (bullets): items[3]: math: Undefined control sequence: \\badcmd' },
      { line: 12, column: 19, message: "slide 1 (bullets): notes: math: Expected group after '^'" },
      { line: 18, column: 8, message: 'slide 3 (quote): quote: math: \\href is not allowed in a formula (no links, images, classes or styles)' },
      { line: 5, column: 3, message: 'slide 2 (markdown): body: math: Undefined control sequence: \\oops' },
    ]);
    expect(problems.at(-1)!.file).toMatch(/body\.md$/);
    expect(problems.at(-1)!.source).toContain('\\oops');
  });

  it('a double-quoted formula whose backslash YAML ate gets a hint', () => {
    const dir = deck(lines('title: T', 'slides:', '  - layout: quote', '    quote: "$\\frac{1}{2}$"'));
    const [p] = problemsOf(() => prepare(dir));
    expect(p).toMatchObject({ line: 4, column: 14, message: "slide 1 (quote): quote: math: Unexpected character: '\\f'" });
    expect(p!.hint).toMatch(/single quotes or a block/);
  });

  it('plain-text fields are not Markdown: a $ there is never math', () => {
    const dir = deck(lines('title: T', 'slides:', '  - layout: image', '    src: ./a.svg', "    alt: 'cost $\\frc$'", '    caption: fine $x$'),
      { 'a.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>' });
    expect(prepare(dir).deck.slides).toHaveLength(1);
  });

  it('the deck title is Markdown (footer, handout header): checked too', () => {
    const dir = deck(lines("title: 'Math $\\frc$'", 'slides:', '  - layout: quote', '    quote: q'));
    expect(problemsOf(() => prepare(dir)).map(brief)).toEqual([{ line: 1, column: 15, message: 'title: math: Undefined control sequence: \\frc' }]);
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
