// Charts: a Vega-Lite spec compiled and drawn to SVG in Node (vega's headless View, renderer 'none'), no
// browser. Themed from the deck's tokens; numbers and labels stay SVG text. Nothing is fetched: the data
// is the slide's `data:` (rows, or a CSV/JSON file read by media.ts), and vega's loader refuses every URL.
import { didYouMean } from '../util/suggest.ts';
import type { MediaTheme } from './theme.ts';

export class ChartError extends Error {
  constructor(message: string, readonly path: Array<string | number> = ['chart'], readonly hint?: string) { super(message); }
}

const MARKS = ['arc', 'area', 'bar', 'boxplot', 'circle', 'errorband', 'errorbar', 'geoshape', 'image', 'line', 'point', 'rect', 'rule', 'square', 'text', 'tick', 'trail'];
const TYPES = ['quantitative', 'nominal', 'ordinal', 'temporal', 'geojson'];
const COMPOSED = ['layer', 'facet', 'hconcat', 'vconcat', 'concat', 'repeat'];
/** The chart's size on the 1920×1080 slide when the spec does not set one (CSS scales it to its box). */
export const CHART_SIZE = { width: 1400, height: 540 };

export function chartConfig(t: MediaTheme): Record<string, unknown> {
  const c = t.colors;
  const label = { labelColor: c.muted, titleColor: c.text, labelFont: t.stacks.body, titleFont: t.stacks.body, labelFontSize: 26, titleFontSize: 28, titleFontWeight: 600 };
  return {
    background: null,
    font: t.stacks.body,
    padding: 8,
    view: { stroke: null },
    axis: { ...label, gridColor: c.border, domainColor: c.muted, tickColor: c.muted, labelPadding: 10, titlePadding: 18, tickSize: 8, labelLimit: 480 },
    axisX: { labelAngle: 0 },
    axisQuantitative: { tickCount: 6 },
    scale: { bandPaddingInner: 0.35 },
    bar: { color: c.accent, cornerRadiusEnd: 6 },
    legend: { ...label, labelColor: c.text, symbolSize: 320, titlePadding: 12 },
    title: { color: c.text, font: t.stacks.heading, fontSize: 34 },
    header: { ...label, labelColor: c.text },
    range: { category: [c.accent, c.accent2, c.muted, c.text, c.border], ramp: [c.surface, c.accent], heatmap: [c.surface, c.accent] },
    mark: { color: c.accent },
    line: { color: c.accent, strokeWidth: 5 },
    point: { color: c.accent, size: 160 },
    text: { color: c.text, fontSize: 26 },
  };
}

/** Spec + rows → SVG. Throws ChartError (with the spec path it concerns) for anything wrong in the spec. */
export async function renderChart(spec: Record<string, unknown>, rows: Array<Record<string, unknown>>, theme: MediaTheme): Promise<{ svg: string; width: number; height: number }> {
  checkSpec(spec, rows);
  const [vl, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const warnings: string[] = [];
  const logger = { level: () => logger, warn: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); return logger; }, info: () => logger, debug: () => logger, error: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); return logger; } };
  const sized = COMPOSED.some((k) => k !== 'layer' && k in spec) ? spec : { width: CHART_SIZE.width, height: CHART_SIZE.height, ...spec };
  let compiled;
  try {
    compiled = vl.compile({ ...sized, data: { values: rows } } as Parameters<typeof vl.compile>[0], { config: chartConfig(theme) as never, logger: logger as never });
  } catch (e) {
    throw new ChartError(`Vega-Lite: ${(e as Error).message}`);
  }
  if (warnings.length) throw new ChartError(`Vega-Lite: ${warnings[0]}`);
  const refuse = async () => { throw new Error('a chart reads its data only from the slide\'s `data:`'); };
  // links and images resolve to nothing (vega's SVG writer needs an object back, not a rejection)
  const loader = { load: refuse, http: refuse, file: refuse, sanitize: async () => ({ href: '' }) };
  let view;
  try {
    view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', loader: loader as never, logLevel: vega.Error });
    const svg = await view.toSVG();
    const [, w = '0', h = '0'] = /^<svg[^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
    return { svg: svg.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1'), width: Number(w), height: Number(h) };
  } catch (e) {
    throw new ChartError(`Vega: ${(e as Error).message}`);
  } finally {
    view?.finalize();
  }
}

/** What Vega-Lite words poorly or not at all: a mistyped mark, a field the data does not have, data in the spec. */
function checkSpec(spec: Record<string, unknown>, rows: Array<Record<string, unknown>>): void {
  if ('data' in spec) throw new ChartError('chart.data: put the rows in the slide\'s `data:` field (inline, or a CSV/JSON file next to deck.yaml)', ['chart', 'data']);
  const mark = typeof spec.mark === 'string' ? spec.mark : (spec.mark as { type?: unknown } | undefined)?.type;
  if (spec.mark !== undefined && (typeof mark !== 'string' || !MARKS.includes(mark))) {
    throw new ChartError(`chart.mark: unknown mark ${JSON.stringify(mark)}${didYouMean(String(mark), MARKS)}`, ['chart', 'mark', ...(typeof spec.mark === 'object' ? ['type'] : [])], `marks: ${MARKS.join(', ')}`);
  }
  if (spec.mark === undefined && !COMPOSED.some((k) => k in spec)) throw new ChartError('chart.mark is required (bar, line, point, area, …)', ['chart']);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const encoding = spec.encoding;
  if (!encoding || typeof encoding !== 'object') return;
  for (const [channel, def] of Object.entries(encoding)) {
    const type = (def as { type?: unknown } | null)?.type;
    if (type !== undefined && !TYPES.includes(String(type))) {
      throw new ChartError(`chart.encoding.${channel}.type: unknown type ${JSON.stringify(type)}${didYouMean(String(type), TYPES)}`,
        ['chart', 'encoding', channel, 'type'], `types: ${TYPES.join(', ')}`);
    }
  }
  if ('transform' in spec) return; // transforms make new columns
  for (const [channel, def] of Object.entries(encoding)) {
    const field = (def as { field?: unknown } | null)?.field;
    if (typeof field === 'string' && !field.includes('.') && !field.includes('[') && !columns.includes(field)) {
      throw new ChartError(`chart.encoding.${channel}.field: the data has no column "${field}"${didYouMean(field, columns)}`,
        ['chart', 'encoding', channel, 'field'], `columns: ${columns.join(', ') || '(no rows)'}`);
    }
  }
}
