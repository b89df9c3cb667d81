// The offset map behind `locateIn` (src/util/scalar-offsets.ts): a character of a YAML string, back in the
// file, checked character by character against what yaml parsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { lines } from '../_support.ts';

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
