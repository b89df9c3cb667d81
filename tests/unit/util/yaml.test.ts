import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { DeckError } from '../../../src/errors.ts';
import { brief, catchDeckError, lines, problemsOf } from '../_support.ts';

describe('parseYaml', () => {
  it('returns plain data, the file name and the text', () => {
    const text = lines('title: Hello', 'slides:', '  - layout: title', '    title: Hi');
    const parsed = parseYaml(text, 'deck.yaml');
    expect(parsed.data).toEqual({ title: 'Hello', slides: [{ layout: 'title', title: 'Hi' }] });
    expect(parsed.file).toBe('deck.yaml');
    expect(parsed.text).toBe(text);
  });

  it('keeps YAML core-schema scalars (numbers, booleans, unquoted dates as text)', () => {
    const parsed = parseYaml(lines('n: 2016', 'b: true', 'd: 2024-01-15', 'z: ~'), 'deck.yaml');
    expect(parsed.data).toEqual({ n: 2016, b: true, d: '2024-01-15', z: null });
  });

  describe('syntax errors', () => {
    it('reports a stray flow token with its line and column', () => {
      const text = lines('title: x', 'slides:', '  - layout: title', '    title: ]');
      const e = catchDeckError(() => parseYaml(text, 'talk/deck.yaml'));
      expect(e.problems).toHaveLength(1);
      const [p] = e.problems;
      expect(p).toMatchObject({ file: 'talk/deck.yaml', line: 4, column: 12, source: text });
      expect(p!.message).toMatch(/^YAML: Unexpected flow-seq-end token/);
      // the "at line N, column M" suffix of the yaml library is dropped (position is in the fields)
      expect(p!.message).not.toMatch(/at line \d+/);
    });

    it('reports a nested mapping in a compact value at the second colon', () => {
      const problems = problemsOf(() => parseYaml(lines('title: x', 'slides:', '  - layout: title', '    title: a: b'), 'deck.yaml'));
      expect(problems.map(brief)).toEqual([
        { line: 4, column: 12, message: 'YAML: Nested mappings are not allowed in compact mappings' },
      ]);
    });

    it('reports bad indentation on the offending line', () => {
      const problems = problemsOf(() => parseYaml(lines('title: x', 'slides:', '  - layout: title', '   title: oops'), 'deck.yaml'));
      expect(problems.map(brief)).toEqual([{ line: 4, column: 1, message: 'YAML: Sequence item without - indicator' }]);
    });

    it('reports a reserved character at the start of a plain value', () => {
      const problems = problemsOf(() => parseYaml(lines('title: x', 'slides:', '  - layout: title', '    title: @bad'), 'deck.yaml'));
      expect(problems.map(brief)).toEqual([
        { line: 4, column: 12, message: 'YAML: Plain value cannot start with reserved character @' },
      ]);
    });

    it('reports tab indentation', () => {
      const problems = problemsOf(() => parseYaml(lines('title: x', 'slides:', '  - layout: title', '\ttitle: tab'), 'deck.yaml'));
      expect(problems[0]).toMatchObject({ line: 4, column: 1, message: 'YAML: Tabs are not allowed as indentation' });
    });

    it('refuses a file with several documents', () => {
      const problems = problemsOf(() => parseYaml(lines('a: 1', '---', 'b: 2'), 'deck.yaml'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 2, column: 1 });
      expect(problems[0]!.message).toMatch(/^YAML: Source contains multiple documents/);
    });
  });

  describe('duplicate keys', () => {
    it('are an error at the second occurrence (top level)', () => {
      const problems = problemsOf(() => parseYaml(lines('title: a', 'foo: 1', 'title: b'), 'deck.yaml'));
      expect(problems.map(brief)).toEqual([{ line: 3, column: 1, message: 'YAML: Map keys must be unique' }]);
    });

    it('are an error inside a slide', () => {
      const text = lines('title: x', 'slides:', '  - layout: title', '    title: a', '    title: b');
      const problems = problemsOf(() => parseYaml(text, 'deck.yaml'));
      expect(problems.map(brief)).toEqual([{ line: 5, column: 5, message: 'YAML: Map keys must be unique' }]);
    });
  });

  describe('aliases', () => {
    it('expands a few ordinary aliases', () => {
      expect(parseYaml(lines('a: &x hello', 'b: *x'), 'deck.yaml').data).toEqual({ a: 'hello', b: 'hello' });
    });

    it('refuses an alias bomb ("billion laughs") quickly with a DeckError', () => {
      const bomb = lines(
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
        'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      );
      const started = performance.now();
      const e = catchDeckError(() => parseYaml(bomb, 'deck.yaml'));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(e).toBeInstanceOf(DeckError);
      expect(e.problems).toHaveLength(1);
      expect(e.problems[0]).toMatchObject({ file: 'deck.yaml', line: 1, column: 1, hint: 'aliases may not expand into huge documents' });
      expect(e.problems[0]!.message).toMatch(/^YAML: .*alias/i);
    });
  });

  describe('locate()', () => {
    const text = lines(
      'title: T',               // 1
      'slides:',                // 2
      '  - layout: title',      // 3
      '    title: Hi',          // 4
      '  - layout: bullets',    // 5
      '    items:',             // 6
      '      - one',            // 7
      '      - two',            // 8
    );
    const parsed = parseYaml(text, 'deck.yaml');

    it('finds a top-level value and its key', () => {
      expect(parsed.locate(['title'])).toEqual({ file: 'deck.yaml', line: 1, column: 8 });
      expect(parsed.locate(['title'], { key: true })).toEqual({ file: 'deck.yaml', line: 1, column: 1 });
    });

    it('finds a sequence item (a slide) by index', () => {
      expect(parsed.locate(['slides', 0])).toMatchObject({ line: 3, column: 5 });
      expect(parsed.locate(['slides', 1])).toMatchObject({ line: 5, column: 5 });
    });

    it('finds nested values', () => {
      expect(parsed.locate(['slides', 0, 'title'])).toMatchObject({ line: 4, column: 12 });
      expect(parsed.locate(['slides', 1, 'items', 1])).toMatchObject({ line: 8, column: 9 });
      expect(parsed.locate(['slides', 1, 'items'])).toMatchObject({ line: 7, column: 7 });
    });

    it('finds nested keys with {key: true}', () => {
      expect(parsed.locate(['slides'], { key: true })).toMatchObject({ line: 2, column: 1 });
      expect(parsed.locate(['slides', 1, 'items'], { key: true })).toMatchObject({ line: 6, column: 5 });
      expect(parsed.locate(['slides', 0, 'title'], { key: true })).toMatchObject({ line: 4, column: 5 });
    });

    it('falls back to the deepest existing parent for a missing path', () => {
      expect(parsed.locate(['slides', 1, 'nope'])).toMatchObject({ line: 5, column: 5 });
      expect(parsed.locate(['slides', 1, 'items', 9])).toMatchObject({ line: 7, column: 7 });
      expect(parsed.locate(['nope'])).toMatchObject({ line: 1, column: 1 });
    });

    it('returns the document start for the empty path', () => {
      expect(parsed.locate([])).toEqual({ file: 'deck.yaml', line: 1, column: 1 });
    });

    it('finds values under numeric-looking keys by string or number', () => {
      const p = parseYaml(lines('years:', '  2016: torch', '  2017: pytorch'), 'deck.yaml');
      expect(p.locate(['years', '2017'])).toMatchObject({ line: 3, column: 9 });
      expect(p.locate(['years', 2017], { key: true })).toMatchObject({ line: 3, column: 3 });
    });
  });
});
