// PDF/UA wants every mark on a page either tagged (inside marked content that belongs to the structure
// tree) or an /Artifact. Chromium tags what is in the accessibility tree and leaves the rest — decoration
// that is aria-hidden or CSS-generated (footer, slide number, card numbers, quote mark, the notes label) —
// outside any marked content. This wraps them in `/Artifact BMC … EMC`: each run of text-showing operators
// (with the positioning between them) inside one text object, each path (construction to painting), each
// XObject — so a sequence never crosses a text object, a path or a q/Q pair.
import { deflateSync } from 'node:zlib';
import { streamValue } from './pdf-write.ts';
import { objectBody, objectStream, pageRefs, type PdfFile } from './pdf-read.ts';

// Only the tokens that matter: strings, names and comments (so their contents are never read as operators),
// and operators. Numbers, brackets and white space between them stay in the operands as they are.
const TOKEN = /\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)|<<|<[0-9A-Fa-f\s]*>|\/[^\s()<>[\]{}/%]*|%[^\r\n]*|[A-Za-z'"][A-Za-z*'"01]*/g;

const SHOW = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh']);
const PATH_START = new Set(['m', 're']);
const PATH_END = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
/** an open sequence of showing operators ends before these: text object and q/Q boundaries, marked content */
const CLOSE = new Set(['BT', 'ET', 'q', 'Q', 'BDC', 'BMC', 'EMC']);

/** The content stream with untagged graphics objects marked as artifacts; undefined when it needs nothing
 * (or holds something this reader does not handle, such as an inline image — then it is left as it was). */
export function markArtifacts(content: string): string | undefined {
  const ops: { raw: string; op: string }[] = [];
  let from = 0;
  for (const m of content.matchAll(TOKEN)) {
    const t = m[0];
    if (!/^[A-Za-z'"]/.test(t) || t === 'true' || t === 'false' || t === 'null') continue;
    const end = m.index + t.length;
    ops.push({ raw: content.slice(from, end), op: t });
    from = end;
  }
  const operands = content.slice(from);
  if (operands.trim() || ops.some((o) => o.op === 'BI')) return undefined;
  let depth = 0;
  let inPath = false;
  let open = false; // an artifact sequence around showing operators is open
  let changed = false;
  const out: string[] = [];
  for (const { raw, op } of ops) {
    if (open && (CLOSE.has(op) || PATH_START.has(op))) { out.push('\nEMC'); open = false; }
    if (op === 'BDC' || op === 'BMC') depth++;
    if (op === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0) { out.push(raw); continue; }
    if (SHOW.has(op) && !open && !inPath) { out.push('\n/Artifact BMC'); open = true; changed = true; }
    if (PATH_START.has(op) && !inPath) { out.push('\n/Artifact BMC'); inPath = true; changed = true; }
    out.push(raw);
    if (PATH_END.has(op) && inPath) { out.push('\nEMC'); inPath = false; }
  }
  if (open || inPath) out.push('\nEMC');
  return changed ? out.join('') + operands : undefined; // Chromium's own bytes between the markers
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
      const data = deflateSync(Buffer.from(marked, 'latin1')); // zlib's default level: level 9 made the same bytes (1.37 MB of 400 pages) 2.6× slower
      out.push([num, streamValue(data, '/Filter /FlateDecode ')]);
    }
  }
  return out;
}
