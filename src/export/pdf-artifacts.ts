// PDF/UA wants every mark on a page either tagged (inside marked content that belongs to the structure
// tree) or an /Artifact. Chromium tags what is in the accessibility tree and leaves the rest — decoration
// that is aria-hidden or CSS-generated (footer, slide number, card numbers, quote mark, the notes label) —
// outside any marked content. This wraps each such graphics object in `/Artifact BMC … EMC`, at the level
// of one text-showing operator, one path (construction to painting) or one XObject, so a sequence never
// crosses a text object, a path or a q/Q pair.
import { deflateSync } from 'node:zlib';
import { objectBody, objectStream, pageRefs, type PdfFile } from './pdf-read.ts';

const TOKEN = /\s+|%[^\r\n]*|\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|\{|\}|\/[^\s()<>[\]{}/%]*|[-+.\d]+|[A-Za-z'"*]+[01]?|[^\s]/g;

const SHOW = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh']);
const PATH_START = new Set(['m', 're']);
const PATH_END = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

/** The content stream with untagged graphics objects marked as artifacts; undefined when it needs nothing
 * (or holds something this reader does not handle, such as an inline image — then it is left as it was). */
export function markArtifacts(content: string): string | undefined {
  const ops: { raw: string; op: string }[] = [];
  let operands = '';
  for (const m of content.matchAll(TOKEN)) {
    const t = m[0];
    if (/^[A-Za-z'"]/.test(t) && !/^(true|false|null)$/.test(t)) { ops.push({ raw: operands + t, op: t }); operands = ''; } else operands += t;
  }
  if (operands.trim() || ops.some((o) => o.op === 'BI')) return undefined;
  let depth = 0;
  let inPath = false;
  let changed = false;
  const out: string[] = [];
  for (const { raw, op } of ops) {
    if (op === 'BDC' || op === 'BMC') depth++;
    if (op === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0) { out.push(raw); continue; }
    if (SHOW.has(op)) { out.push(`/Artifact BMC ${raw.trim()} EMC`); changed = true; continue; }
    if (PATH_START.has(op) && !inPath) { out.push('/Artifact BMC'); inPath = true; changed = true; }
    out.push(raw);
    if (PATH_END.has(op) && inPath) { out.push('EMC'); inPath = false; }
  }
  if (inPath) out.push('EMC');
  return changed ? out.join('\n') : undefined;
}

/** Replacement content streams for every page that has untagged marks. */
export function artifactObjects(f: PdfFile): [number, Buffer][] {
  const out: [number, Buffer][] = [];
  for (const page of pageRefs(f)) {
    const body = objectBody(f, page);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(body)?.[1] ?? '';
    for (const m of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const num = Number(m[1]);
      const marked = markArtifacts(objectStream(f, num).data.toString('latin1'));
      if (marked === undefined) continue;
      const data = deflateSync(Buffer.from(marked, 'latin1'));
      out.push([num, Buffer.concat([Buffer.from(`<</Filter /FlateDecode /Length ${data.length}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')])]);
    }
  }
  return out;
}
