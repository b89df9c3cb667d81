// Diagrams and charts in a real build: inline SVG in the HTML (no mermaid or vega in the site), the cache
// that spares a rebuild the browser, and the bad-input corpus of tests/fixtures/bad-media/.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { STACK } from '../support/cli.ts';
import { fixture, ROOT, siteDom, tempDir } from '../support/decks.ts';
import { runCli, snapshot } from '../support/hardening.ts';

const work = tempDir('podium-media-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs fn with no usable Chromium: anything that tries to launch one fails loudly. */
async function withoutChromium<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.PUPPETEER_EXECUTABLE_PATH;
  process.env.PUPPETEER_EXECUTABLE_PATH = path.join(work, 'no-chromium-here');
  try { return await fn(); } finally {
    if (saved === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH; else process.env.PUPPETEER_EXECUTABLE_PATH = saved;
  }
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());

describe('the media fixture, built', () => {
  let out: string;
  let doc: Document;
  let html: string;
  beforeAll(async () => {
    ({ outDir: out } = await build(fixture('media'), { out: path.join(work, 'media') }));
    html = readFileSync(path.join(out, 'index.html'), 'utf8');
    doc = siteDom(out);
  }, 120_000);

  it('inlines the diagram layout as SVG whose labels are text', () => {
    const svg = doc.querySelector('section[data-podium-slide="1"] .diagram-figure svg[data-podium-media="diagram"]')!;
    expect(svg).toBeTruthy();
    const labels = [...svg.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['Python code', 'Eager ops', 'torch.compile', 'FX graph', 'Fused kernels']));
    expect(svg.querySelector('foreignObject')).toBeNull(); // htmlLabels off: SVG text, searchable in the PDF
    expect(doc.querySelector('section[data-podium-slide="1"] figcaption')!.textContent).toBe('Two ways from the same code to the GPU.');
  });

  it('inlines charts, inline rows and a CSV file, with their numbers as text and their alt text', () => {
    const [bars, line] = [2, 3].map((n) => doc.querySelector(`section[data-podium-slide="${n}"] .chart-figure`)!);
    expect(bars!.getAttribute('role')).toBe('img');
    expect(bars!.getAttribute('aria-label')).toBe('Four releases in 2024 and four in 2025.');
    const text = (el: Element) => [...el.querySelectorAll('svg[data-podium-media="chart"] text')].map((t) => t.textContent);
    expect(text(bars!)).toEqual(expect.arrayContaining(['2024', '2025', 'Year', 'Releases', '4.0']));
    expect(text(line!)).toEqual(expect.arrayContaining(['Jan', 'Feb', 'Mar', 'Apr', '400']));
  });

  it('draws a ```mermaid block inside Markdown in place of the code', () => {
    const column = doc.querySelector('section[data-podium-slide="4"] .column-left')!;
    const svg = column.querySelector('figure.diagram-inline svg[data-podium-media="diagram"]')!;
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['Python', 'Dispatcher', 'Kernel', 'CUDA add']));
    expect(column.querySelector('pre, code')).toBeNull();
  });

  it('ships no mermaid, vega or other script for them: the pictures are finished at build time', () => {
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? `inline: ${s.textContent!.slice(0, 40)}`);
    expect(scripts.filter((s) => /mermaid|vega/i.test(s))).toEqual([]);
    expect(files(out).filter((f) => /mermaid|vega/i.test(f))).toEqual([]);
    expect(html).not.toMatch(/mermaid\.min\.js|vega-embed|new vega\.View/);
    expect([...doc.querySelectorAll('.slides svg script')]).toEqual([]);
    expect(doc.querySelector('[data-podium-media] [onclick], [data-podium-media] [onload]')).toBeNull();
  });

  it('writes SVG text in the theme\'s bundled fonts, never a system family', () => {
    const families = [...html.matchAll(/font-family[=:]\s*"?([^";>]+)/g)].map((m) => m[1]!.trim());
    const inSvg = families.filter((f) => /sans-serif|monospace|serif/.test(f));
    expect(inSvg.length).toBeGreaterThan(0);
    for (const f of inSvg) expect(f, f).toMatch(/^'(Inter|JetBrains Mono)', ('Noto Emoji', )?(sans-serif|monospace)$/); // the bundled emoji font joins every stack
    expect(html).not.toMatch(/trebuchet|verdana|arial|helvetica/i);
  });

  it('rebuilds from the cache without launching a browser', async () => {
    const again = await withoutChromium(() => build(fixture('media'), { out: path.join(work, 'media-again') }));
    expect(readFileSync(path.join(again.outDir, 'index.html'), 'utf8')).toBe(html);
  }, 60_000);
});

it('a deck with charts only, or with neither, never needs a browser', async () => {
  const dir = path.join(work, 'charts-only');
  mkdirSync(dir);
  const unique = Date.now(); // not in the cache: the chart is really drawn
  writeFileSync(path.join(dir, 'deck.yaml'), ['title: Charts only', 'slides:', '  - layout: chart', '    chart: { mark: point, encoding: { x: { field: n, type: quantitative } } }',
    `    data: [{ n: ${unique} }]`, '    alt: One point.', ''].join('\n'));
  await withoutChromium(async () => {
    const charts = await build(dir, { out: path.join(work, 'charts-out') });
    expect(siteDom(charts.outDir).querySelector('svg[data-podium-media="chart"]')).toBeTruthy();
    const plain = await build(fixture('all-layouts'), { out: path.join(work, 'plain') });
    expect(siteDom(plain.outDir).querySelector('[data-podium-media]')).toBeNull();
  });
}, 60_000);

it('a diagram that is not cached, with no Chromium, fails with the setup hint at the diagram', async () => {
  const r = await withoutChromium(() => runCli(['build', path.join(ROOT, 'tests/fixtures/bad-media/mermaid-no-type'), '--out', path.join(work, 'nc')]));
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/deck\.yaml:5:7 {2}slide 1 \(diagram\): mermaid: diagrams are drawn in Chromium: PUPPETEER_EXECUTABLE_PATH is set to/);
  expect(r.stderr).toMatch(/hint: .*npm run setup/);
  expect(r.stderr).not.toMatch(STACK);
}, 60_000);

describe('bad diagrams and charts (tests/fixtures/bad-media/)', () => {
  const F = String.raw`deck\.yaml`;
  const EXPECT: Record<string, RegExp> = {
    'mermaid-syntax': new RegExp(`${F}:10:9  slide 2 \\(diagram\\): mermaid: Parse error — Expecting .*got 'EOF'`),
    'mermaid-no-type': new RegExp(`${F}:5:7  slide 1 \\(diagram\\): mermaid: No diagram type detected[\\s\\S]*hint: start the diagram with its type`),
    'mermaid-fence-syntax': new RegExp(`${F}:11:9  slide 1 \\(markdown\\): body: mermaid: Parse error — Expecting .*got 'TXT'`),
    'chart-unknown-mark': new RegExp(`${F}:6:13  slide 1 \\(chart\\): chart\\.mark: unknown mark "barr" \\(did you mean "bar"\\?\\)`),
    'chart-unknown-field': new RegExp(`${F}:8:21  slide 1 \\(chart\\): chart\\.encoding\\.y\\.field: the data has no column "relases" \\(did you mean "releases"\\?\\)[\\s\\S]*hint: columns: year, releases`),
    'chart-vega-lite-error': new RegExp(`${F}:5:7  slide 1 \\(chart\\): Vega-Lite: Invalid aggregation operator "summ"`),
    'chart-missing-data': new RegExp(`${F}:5:11  slide 1 \\(chart\\): data: file not found: .*nope\\.csv`),
    'chart-data-outside': new RegExp(`${F}:5:11  slide 1 \\(chart\\): data: "(\\.\\./)+package\\.json" points outside the deck folder`),
    'chart-json-not-rows': new RegExp(`${F}:5:11  slide 1 \\(chart\\): data: cannot read rows\\.json: a JSON data file must hold a list of rows`),
  };
  const BAD = path.join(ROOT, 'tests/fixtures/bad-media');
  const out = path.join(work, 'dist', 'good');
  let before: Record<string, string>;
  beforeAll(async () => {
    await build(fixture('media'), { out });
    before = snapshot(out);
  }, 120_000);

  it('has a message for every case', () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it.each(Object.entries(EXPECT))('%s: exit 1 at file:line:col, no stack, the earlier build byte-identical', async (name, message) => {
    const r = await runCli(['build', path.join(BAD, name), '--out', out]);
    expect(r.error, String((r.error as Error | undefined)?.stack)).toBeUndefined();
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(path.dirname(out))).toEqual(['good']);
  }, 60_000);
});
