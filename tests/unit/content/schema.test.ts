// The layout schemas (src/content/schema.ts): the diagram and chart layouts.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { brief, lines, problemsOf } from '../_support.ts';

const known = { layouts: builtinLayouts, themes: ['pytorch'] };

describe('schema: the diagram and chart layouts', () => {
  const problems = (text: string) => problemsOf(() => validateDeck(parseYaml(text, 'deck.yaml'), known)).map(brief);
  it('requires a chart\'s alt and data, and names mistyped fields', () => {
    expect(problems(lines('title: T', 'slides:', '  - layout: chart', '    chart: { mark: bar }', '    data: [{ a: 1 }]'))).toEqual([
      { line: 3, column: 5, message: 'slide 1 (chart): alt: is required' },
    ]);
    expect(problems(lines('title: T', 'slides:', '  - layout: diagram', '    mermiad: "flowchart LR"'))).toEqual([
      // one problem: the did-you-mean says it all (the redundant "mermaid: is required" is dropped)
      { line: 4, column: 5, message: 'slide 1 (diagram): mermiad: unknown field (did you mean "mermaid"?)' },
    ]);
    expect(problems(lines('title: T', 'slides:', '  - layout: chart', '    chart: { mark: bar }', '    data: rows.xlsx', '    alt: A'))[0]!.message)
      .toMatch(/data: must be a \.csv, \.tsv or \.json file/);
  });
});
