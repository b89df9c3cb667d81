// The diagrams and charts of a resolved deck, each with its position in deck.yaml: the `diagram` and
// `chart` layouts, and ```mermaid blocks in any Markdown field. Pure: works on the parsed text.
import { createMarkdown } from '../content/markdown.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import type { At, ChartJob, DiagramJob, MediaJob } from './types.ts';

/** Fields that are not Markdown (or are the layouts' own media). */
const NOT_MARKDOWN = new Set(['layout', 'id', 'class', 'background', 'transition', 'code', 'lang', 'mermaid', 'chart', 'data', 'alt', 'src']);
const FENCE = /(`{3,}|~{3,})\s*mermaid\s*$/;

export function findMedia(deck: ResolvedDeck, parsed: ParsedYaml): MediaJob[] {
  const jobs: MediaJob[] = [];
  let lines: string[] | undefined;
  const textLines = () => (lines ??= parsed.text.split('\n'));
  const fences = parsed.text.includes('mermaid'); // no ```mermaid anywhere: skip walking every field
  const md = createMarkdown({ allowHtml: deck.allowHtml });
  const at = (path: PathKey[]): At => ({ ...parsed.locate(path), source: parsed.text });
  for (const slide of deck.slides) {
    const data = slide.data as Record<string, unknown>;
    const name = `slide ${slide.number} (${slide.layout})`;
    if (slide.layout === 'diagram' && typeof data.mermaid === 'string') {
      jobs.push({ kind: 'mermaid', slide: slide.number, label: `${name}: mermaid`, source: data.mermaid,
        at: blockStart(at([...slide.path, 'mermaid']), textLines()) });
    }
    if (slide.layout === 'chart' && data.chart && typeof data.chart === 'object') {
      const rows = data.data;
      const file = typeof data.dataFile === 'string' ? data.dataFile : undefined;
      if (Array.isArray(rows) || file) {
        jobs.push({ kind: 'chart', slide: slide.number, label: name, spec: data.chart as Record<string, unknown>,
          data: file ? { file } : rows as ChartJob['data'], locate: (p) => at([...slide.path, ...p]) } satisfies ChartJob);
      }
    }
    if (fences) walkMarkdown(data, [], (text, p) => {
      const found = md.diagrams(text);
      if (!found.length) return;
      const start = at([...slide.path, ...p]);
      found.forEach((d, k) => {
        jobs.push({ kind: 'mermaid', slide: slide.number, label: `${name}: ${fieldLabel(p)}: mermaid`, source: d.content, fence: d.content,
          at: fenceStart(start, textLines(), k) } satisfies DiagramJob);
      });
    });
  }
  return jobs;
}

/** A block scalar (`mermaid: |`) starts on the line after its indicator. */
function blockStart(pos: At, lines: string[]): At {
  const line = lines[pos.line - 1] ?? '';
  if (/^[|>]/.test(line.slice(pos.column - 1)) && pos.line < lines.length) {
    const next = lines[pos.line] ?? '';
    return { ...pos, line: pos.line + 1, column: next.length - next.trimStart().length + 1 };
  }
  return pos;
}

/** The k-th ```mermaid fence at or after the field's start: its first content line. */
function fenceStart(pos: At, lines: string[], k: number): At {
  let seen = -1;
  for (let i = pos.line - 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!) && ++seen === k) {
      const next = lines[i + 1] ?? '';
      return { ...pos, line: i + 2, column: next.length - next.trimStart().length + 1 };
    }
  }
  return pos;
}

function walkMarkdown(v: unknown, p: PathKey[], fn: (s: string, p: PathKey[]) => void): void {
  if (typeof v === 'string') fn(v, p);
  else if (Array.isArray(v)) v.forEach((x, i) => walkMarkdown(x, [...p, i], fn));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!(p.length === 0 && NOT_MARKDOWN.has(k))) walkMarkdown(x, [...p, k], fn);
}

const fieldLabel = (p: PathKey[]) => p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
