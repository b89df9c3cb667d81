// Charts drawn in Node (Vega-Lite → SVG) in the theme's colours and fonts, and their errors at their paths.
import { describe, expect, it } from 'vitest';
import { ChartError, renderChart } from '../../../src/media/chart.ts';
import { MEDIA_THEME as theme } from '../_support.ts';

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
