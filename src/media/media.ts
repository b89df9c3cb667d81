// Stage — media: the deck's diagrams (mermaid, in Chromium) and charts (Vega-Lite, in Node) rendered to SVG
// strings that the layouts inline. Cached by content hash, so a rebuild that changes no diagram launches no
// browser, and a deck without diagrams never does. Every problem comes out at once, at its line in deck.yaml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedYaml } from '../util/yaml.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { DeckError, isDeckError, type Problem } from '../errors.ts';
import type { Theme } from '../theme/resolve.ts';
import { cached, mediaKey, store } from './cache.ts';
import { chartConfig, ChartError, renderChart } from './chart.ts';
import { findMedia } from './find.ts';
import { inertSvg } from './inert.ts';
import { bundleSvgFonts } from './fonts.ts';
import { mermaidConfig } from './mermaid-config.ts';
import { MermaidSession } from './mermaid.ts';
import { fontFaceDataCss, mediaTheme, type MediaTheme } from './theme.ts';
import type { ChartJob, DiagramJob, SlideMedia } from './types.ts';

export interface MediaOptions {
  /** where diagrams are drawn: the dev server's warm page, the export's browser. Default: a browser
   * launched when a diagram is not in the cache, closed when the stage ends. */
  mermaid?: MermaidSession;
}

/** How far a small diagram may grow past its drawn size to fill its box (text stays a sensible size). */
const DIAGRAM_UPSCALE = 2;

export async function renderMedia(deck: ResolvedDeck & { resolvedTheme: Theme }, parsed: ParsedYaml, opts: MediaOptions = {}): Promise<Record<number, SlideMedia>> {
  const jobs = findMedia(deck, parsed);
  if (!jobs.length) return {};
  const theme = mediaTheme(deck.resolvedTheme);
  const problems: Problem[] = [];
  const svgs = new Map<object, string>();
  const diagrams = jobs.filter((j): j is DiagramJob => j.kind === 'mermaid');
  const charts = jobs.filter((j): j is ChartJob => j.kind === 'chart');
  await Promise.all([
    drawDiagrams(diagrams, deck, theme, opts, svgs, problems),
    (async () => { for (const job of charts) await drawChart(job, deck.dir, theme, svgs, problems); })(),
  ]);
  if (problems.length) throw new DeckError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  const media: Record<number, SlideMedia> = {};
  for (const job of jobs) {
    const svg = svgs.get(job)!;
    const m = (media[job.slide] ??= {});
    if (job.kind === 'mermaid' && job.fence !== undefined) (m.fences ??= {})[job.fence] = svg;
    else m.svg = svg;
  }
  return media;
}

async function drawDiagrams(jobs: DiagramJob[], deck: ResolvedDeck & { resolvedTheme: Theme }, theme: MediaTheme, opts: MediaOptions,
  svgs: Map<object, string>, problems: Problem[]): Promise<void> {
  const config = mermaidConfig(theme, deck.allowHtml);
  const keyOf = (j: DiagramJob) => mediaKey('mermaid', config, j.source);
  const missing = new Map<string, DiagramJob[]>();
  for (const j of jobs) {
    const key = keyOf(j);
    const svg = cached(key);
    if (svg !== undefined) svgs.set(j, svg);
    else missing.set(key, [...missing.get(key) ?? [], j]);
  }
  if (!missing.size) return;
  const first = [...missing.values()][0]![0]!;
  let session = opts.mermaid;
  let close: (() => Promise<void>) | undefined;
  if (!session) {
    const { launchBrowser } = await import('../browser/browser.ts'); // the one owner of Chromium
    let launched: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    session = new MermaidSession(async () => (launched ??= await launchBrowser()));
    close = async () => { await session!.close(); if (launched) await launched.close().catch(() => undefined); };
  }
  try {
    const entries = [...missing];
    const fontCss = fontFaceDataCss(deck.resolvedTheme, [theme.families.body, theme.families.heading]);
    const out = await session.render(entries.map(([key]) => ({ id: `mermaid-${key.slice(0, 12)}`, source: missing.get(key)![0]!.source })), config, fontCss, deck.allowHtml);
    entries.forEach(([key, group], i) => {
      const r = out[i]!;
      if (r.svg) {
        const svg = sizeSvg(inertSvg(bundleSvgFonts(r.svg, theme)), r.width ?? 0, r.height ?? 0, DIAGRAM_UPSCALE, 'diagram');
        store(key, svg);
        for (const j of group) svgs.set(j, svg);
      } else {
        for (const j of group) problems.push(diagramProblem(j, r.error ?? 'mermaid could not draw this diagram', r.line));
      }
    });
  } catch (e) {
    throw needsChromium(e, first); // no Chromium, or it failed: the setup hint, at the first diagram
  } finally {
    await close?.();
  }
}

function needsChromium(e: unknown, job: DiagramJob): unknown {
  if (!isDeckError(e)) return new DeckError({ ...job.at, message: `${job.label}: drawing the diagram failed: ${(e as Error)?.message?.split('\n')[0]}`,
    hint: 'diagrams are drawn in Chromium: run `npm run setup` to find or install a working one' });
  return new DeckError(e.problems.map((p) => ({ ...job.at, ...p, message: `${job.label}: diagrams are drawn in Chromium: ${p.message}` })), e.exitCode);
}

function diagramProblem(job: DiagramJob, error: string, line?: number): Problem {
  const lines = job.source.replace(/\n$/, '').split('\n').length;
  const n = line ? Math.min(Math.max(line, 1), lines) : undefined;
  const sourceLines = job.at.source.split('\n');
  const at = n ? job.at.line + n - 1 : job.at.line;
  const text = sourceLines[at - 1] ?? '';
  const [head, ...rest] = error.split('\n').map((s) => s.trim()).filter(Boolean);
  const expecting = rest.find((l) => /^Expecting|^Unrecognized|^Lexical/.test(l));
  return {
    file: job.at.file, source: job.at.source, line: at, column: n ? text.length - text.trimStart().length + 1 : job.at.column,
    // mermaid counts lines its own way ("line 5" of a 3-line diagram): the position says where
    message: `${job.label}: ${(head ?? error).replace(/:$/, '').replace(/ on line \d+$/, '')}${expecting ? ` — ${expecting}` : ''}`,
    hint: /No diagram type detected/i.test(error) ? 'start the diagram with its type: flowchart LR, sequenceDiagram, classDiagram, stateDiagram-v2, pie, …' : undefined,
  };
}

async function drawChart(job: ChartJob, dir: string, theme: MediaTheme, svgs: Map<object, string>, problems: Problem[]): Promise<void> {
  let rows: Array<Record<string, unknown>>;
  let dataText: string | undefined;
  if (Array.isArray(job.data)) rows = job.data;
  else {
    const at = job.locate(['data']);
    try {
      dataText = readFileSync(path.join(dir, job.data.file), 'utf8');
      rows = await readRows(dataText, job.data.file);
    } catch (e) {
      problems.push({ ...at, message: `${job.label}: data: cannot read ${job.data.file}: ${(e as Error).message.split('\n')[0]}` });
      return;
    }
  }
  const key = mediaKey('chart', chartConfig(theme), job.spec, dataText ?? rows);
  const hit = cached(key);
  if (hit !== undefined) { svgs.set(job, hit); return; }
  try {
    const r = await renderChart(job.spec, rows, theme);
    const svg = sizeSvg(inertSvg(bundleSvgFonts(r.svg, theme)), r.width, r.height, 1, 'chart');
    store(key, svg);
    svgs.set(job, svg);
  } catch (e) {
    if (!(e instanceof ChartError)) throw e;
    problems.push({ ...job.locate(e.path), message: `${job.label}: ${e.message}`, hint: e.hint });
  }
}

/** CSV or JSON rows (vega's own reader, so types are parsed as Vega-Lite expects). */
async function readRows(text: string, file: string): Promise<Array<Record<string, unknown>>> {
  const { read } = await import('vega');
  if (/\.json$/i.test(file)) {
    const data = JSON.parse(text) as unknown;
    if (!Array.isArray(data)) throw new Error('a JSON data file must hold a list of rows');
    return data as Array<Record<string, unknown>>;
  }
  if (!/\.(csv|tsv)$/i.test(file)) throw new Error('data files are .csv, .tsv or .json');
  return read(text, { type: /\.tsv$/i.test(file) ? 'tsv' : 'csv', parse: 'auto' }) as Array<Record<string, unknown>>;
}

/** The picture may shrink to its box and grow at most `upscale` times; the layouts' CSS does the rest. */
function sizeSvg(svg: string, width: number, height: number, upscale: number, kind: string): string {
  const style = width && height ? ` style="max-width:${Math.round(width * upscale)}px;max-height:${Math.round(height * upscale)}px"` : '';
  return svg.replace(/^\s*<svg\b/, `<svg data-podium-media="${kind}"${style}`);
}
