// The media stage's pure parts: where diagrams and charts sit in deck.yaml, SVG fonts and inertness,
// mermaid's security settings, and charts drawn in Node with their errors.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { ChartError, renderChart } from '../../../src/media/chart.ts';
import { findMedia } from '../../../src/media/find.ts';
import { bundleSvgFonts } from '../../../src/media/fonts.ts';
import { inertSvg } from '../../../src/media/inert.ts';
import { mermaidConfig } from '../../../src/media/mermaid-config.ts';
import type { MediaTheme } from '../../../src/media/theme.ts';
import type { DiagramJob } from '../../../src/media/types.ts';
import { brief, lines, problemsOf } from '../_support.ts';

const theme: MediaTheme = {
  colors: { background: '#0e1117', surface: '#171c26', border: '#262d3b', text: '#f3f4f7', muted: '#aab2c2', accent: '#f05a3a', accent2: '#ffb547' },
  stacks: { heading: "'Inter', sans-serif", body: "'Inter', sans-serif", mono: "'JetBrains Mono', monospace" },
  families: { heading: 'Inter', body: 'Inter', mono: 'JetBrains Mono' },
};
const known = { layouts: builtinLayouts, themes: ['pytorch'] };

function jobs(text: string) {
  const parsed = parseYaml(text, 'deck.yaml');
  const deck = validateDeck(parsed, known);
  return findMedia({ ...deck, dir: '/deck', name: 'deck', assets: [] }, parsed);
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

describe('bundleSvgFonts: SVG text in the theme\'s bundled fonts', () => {
  it('replaces font lists that end in a generic family with the theme\'s stack', () => {
    const svg = '<svg><style>#m{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px}</style>'
      + '<text font-family="sans-serif">a</text><text font-family="monospace">b</text><text style="font-family: Courier, monospace; fill: red">c</text>'
      + '<text font-family="Inter">d</text></svg>';
    const out = bundleSvgFonts(svg, theme);
    expect(out).toContain("#m{font-family:'Inter', sans-serif;font-size:16px}");
    expect(out).toContain(`<text font-family="'Inter', sans-serif">a</text>`);
    expect(out).toContain(`<text font-family="'JetBrains Mono', monospace">b</text>`);
    expect(out).toContain("style=\"font-family:'JetBrains Mono', monospace; fill: red\"");
    expect(out).toContain('<text font-family="Inter">d</text>'); // a bundled family, named: left alone
    expect(out).not.toMatch(/trebuchet|verdana|arial|Courier/);
  });
});

describe('inertSvg', () => {
  it('removes scripts, handlers and script URLs, and leaves text that merely looks like them', () => {
    const out = inertSvg('<svg onload="x()"><script>alert(1)</script><a href="javascript:alert(1)" xlink:href=\' data:text/html,x\'><text onclick=go()>online=yes</text></a></svg>');
    expect(out).toBe('<svg><a><text>online=yes</text></a></svg>');
  });
});

describe('mermaidConfig', () => {
  it('is strict, draws SVG text unless the deck allows HTML, locks those settings, and takes the theme\'s tokens', () => {
    const c = mermaidConfig(theme, false) as { securityLevel: string; htmlLabels: boolean; flowchart: { htmlLabels: boolean }; secure: string[]; themeVariables: Record<string, unknown> };
    expect(c.securityLevel).toBe('strict');
    expect([c.htmlLabels, c.flowchart.htmlLabels]).toEqual([false, false]);
    expect(c.secure).toEqual(expect.arrayContaining(['securityLevel', 'htmlLabels', 'flowchart']));
    expect(c.themeVariables).toMatchObject({ primaryColor: '#171c26', primaryBorderColor: '#f05a3a', primaryTextColor: '#f3f4f7', fontFamily: "'Inter', sans-serif", darkMode: true });
    expect((mermaidConfig(theme, true) as { htmlLabels: boolean }).htmlLabels).toBe(true);
  });
});

describe('renderChart: Vega-Lite in Node', () => {
  const rows = [{ year: '2024', releases: 4 }, { year: '2025', releases: 4 }];
  const spec = { mark: 'bar', encoding: { x: { field: 'year', type: 'nominal' }, y: { field: 'releases', type: 'quantitative' } } };
  const error = async (s: Record<string, unknown>): Promise<ChartError> => {
    try { await renderChart(s, rows, theme); } catch (e) { if (e instanceof ChartError) return e; throw e; }
    throw new Error('expected a ChartError');
  };

  it('draws an SVG whose labels and numbers are text in the theme\'s colours and fonts', async () => {
    const { svg, width, height } = await renderChart(spec, rows, theme);
    expect(svg).toMatch(/^<svg /);
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(400);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['2024', '2025', '0.0', '4.0', 'year', 'releases']));
    expect(svg).toContain('fill="#f05a3a"'); // bars in the accent
    expect(svg).toContain("'Inter', sans-serif");
    expect(svg).not.toMatch(/<script|<foreignObject/i);
  }, 30_000);

  it('names a mistyped mark and a field the data does not have, at their paths', async () => {
    const mark = await error({ ...spec, mark: 'barr' });
    expect([mark.message, mark.path]).toEqual(['chart.mark: unknown mark "barr" (did you mean "bar"?)', ['chart', 'mark']]);
    const field = await error({ ...spec, encoding: { ...spec.encoding, y: { field: 'relases', type: 'quantitative' } } });
    expect([field.message, field.path]).toEqual(['chart.encoding.y.field: the data has no column "relases" (did you mean "releases"?)', ['chart', 'encoding', 'y', 'field']]);
  }, 30_000);

  it('refuses data inside the spec, and reports Vega-Lite\'s own errors', async () => {
    expect((await error({ ...spec, data: { url: 'https://example.org/x.csv' } })).path).toEqual(['chart', 'data']);
    const type = await error({ ...spec, encoding: { x: { field: 'year', type: 'nominall' } } });
    expect([type.message, type.path]).toEqual(['chart.encoding.x.type: unknown type "nominall" (did you mean "nominal"?)', ['chart', 'encoding', 'x', 'type']]);
    const vl = await error({ ...spec, encoding: { x: { field: 'year', type: 'nominal', aggregate: 'summ' } } });
    expect(vl.message).toBe('Vega-Lite: Invalid aggregation operator "summ".');
  }, 30_000);
});
