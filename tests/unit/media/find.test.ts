// Where diagrams and charts sit in deck.yaml: each media job at its position.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { findMedia } from '../../../src/media/find.ts';
import type { DiagramJob } from '../../../src/media/types.ts';
import { lines } from '../_support.ts';

const known = { layouts: builtinLayouts, themes: ['pytorch'] };

function jobs(text: string) {
  const parsed = parseYaml(text, 'deck.yaml');
  const deck = validateDeck(parsed, known);
  return findMedia({ ...deck, dir: '/deck', name: 'deck', assets: [], images: {} }, parsed);
}

describe('findMedia: positions in deck.yaml', () => {
  const text = lines(
    'title: T',                        // 1
    'slides:',                         // 2
    '  - layout: diagram',             // 3
    '    title: Flow',                 // 4
    '    mermaid: |',                  // 5
    '      flowchart LR',              // 6
    '        a --> b',                 // 7
    '  - layout: two-column',          // 8
    '    title: Two',                  // 9
    '    left: |',                     // 10
    '      Text first.',               // 11
    '',                                // 12
    '      ```mermaid',                // 13
    '      pie',                       // 14
    '        "a": 1',                  // 15
    '      ```',                       // 16
    '',                                // 17
    '      ```mermaid',                // 18
    '      flowchart TD',              // 19
    '        x --> y',                 // 20
    '      ```',                       // 21
    '    right: plain text',           // 22
    '  - layout: chart',               // 23
    '    chart: { mark: bar, encoding: { x: { field: a, type: nominal } } }',
    '    data: [{ a: 1 }]',            // 25
    '    alt: One bar.',               // 26
  );
  const found = jobs(text);

  it('finds the diagram layout at its first line, fenced blocks at theirs, and the chart', () => {
    const diagrams = found.filter((j): j is DiagramJob => j.kind === 'mermaid');
    expect(diagrams.map((d) => [d.label, d.at.line, d.at.column, d.fence !== undefined])).toEqual([
      ['slide 1 (diagram): mermaid', 6, 7, false],
      ['slide 2 (two-column): left: mermaid', 14, 7, true],
      ['slide 2 (two-column): left: mermaid', 19, 7, true],
    ]);
    expect(diagrams[2]!.source).toBe('flowchart TD\n  x --> y\n');
    const chart = found.find((j) => j.kind === 'chart')!;
    expect(chart.slide).toBe(3);
    expect(chart.kind === 'chart' && chart.locate(['chart', 'mark']).line).toBe(24);
  });

  it('finds nothing in a deck without diagrams or charts (no browser, no vega)', () => {
    expect(jobs(lines('title: T', 'slides:', '  - layout: markdown', '    body: "```python\\nx = 1\\n```"'))).toEqual([]);
  });
});
