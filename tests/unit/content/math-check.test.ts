// A TeX error points at the formula inside its YAML string, whatever the scalar style, and inside a body file
// at that file's own line:col; every problem comes out at once. Also: the offset map behind it
// (src/util/scalar-offsets.ts), checked character by character against what yaml parsed.
import path from 'node:path';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { prepare } from '../../../src/pipeline.ts';
import { brief, lines, problemsOf, useTempDirs } from '../_support.ts';

/** Every character of every string value, looked up in the source: it must be that character (escapes and
 * folded line breaks excepted: they map to the escape or the break). */
function mismatches(text: string): string[] {
  const parsed = parseYaml(text, 'x.yaml');
  const src = text.split('\n');
  const bad: string[] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (typeof v === 'string') {
      for (let i = 0; i < v.length; i++) {
        if (/\s/.test(v[i]!)) continue;
        const pos = parsed.locateIn(p, i);
        const ch = src[pos.line - 1]![pos.column - 1];
        if (ch !== v[i] && ch !== '\\') bad.push(`${p.join('.')}[${i}] ${JSON.stringify(v[i])} → ${pos.line}:${pos.column} ${JSON.stringify(ch)}`);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(parsed.data, []);
  return bad;
}

describe('locateIn: a character of a YAML string, back in the file', () => {
  it('plain, double- and single-quoted, literal and folded scalars, multi-line and in lists', () => {
    expect(mismatches(lines(
      'a: plain $x$ text',
      'b: "dq \\"x\\" $\\\\frc{1}$ \\u00e9 end"',
      "c: 'sq it''s $y$'",
      'd: |',
      '  line one $a$',
      '    more $b$',
      '',
      '  last $c$',
      'e: >-',
      '  folded one',
      '  two $f$',
      '',
      '  para $g$',
      'f: plain',
      '  continued $h$ here',
      'g:',
      '  - "multi',
      '    line $k$"',
      '  - { k: flow $m$ }',
    ))).toEqual([]);
  });

  it('holds for generated strings in every scalar style', () => {
    const chars = fc.constantFrom('a', 'b', '$', '\\', '{', '}', ' ', "'", '"', '#', ':', 'é', '\n');
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      const styles = [
        `v:\n  w: ${JSON.stringify(s)}`,
        `v:\n  w: '${s.replace(/'/g, "''").replace(/\n/g, '\n\n    ')}'`,
        ...(s.trim() && !/^[\s\n]|\n\s|\s\n|\s$/.test(s) ? [`v:\n  w: |-\n    ${s.replace(/\n/g, '\n    ')}`] : []),
      ];
      for (const text of styles) expect(mismatches(`${text}\n`), text).toEqual([]);
    }), { numRuns: 200 });
  });
});

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
