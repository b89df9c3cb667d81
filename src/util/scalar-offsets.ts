// Where a character of a YAML string value sits in the file. A value is not a slice of the source: quotes,
// escapes, folded line breaks and block indentation come between. This replays YAML's scalar rules over the
// source, character by character, and keeps the answer only if it rebuilds the very value yaml parsed;
// otherwise the caller falls back to the scalar's first character. Pure: text and node in, offset out.
import type { Scalar } from 'yaml';

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX: Record<string, number> = { x: 2, u: 4, U: 8 };
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';

interface Decoded { value: string; offsets: number[] }

/** Source offset of character `index` of the string value of `node`, or undefined when it cannot be mapped. */
export function scalarSourceOffset(text: string, node: Scalar, index: number): number | undefined {
  const [start, end] = node.range ?? [];
  if (typeof node.value !== 'string' || start === undefined || end === undefined) return undefined;
  const decoded = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'
    ? block(text, start, end, node.type === 'BLOCK_FOLDED')
    : flow(text, start, end, node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '');
  if (!decoded || decoded.value.trimEnd() !== node.value.trimEnd()) return undefined;
  if (!decoded.offsets.length) return start;
  return decoded.offsets[Math.max(0, Math.min(index, decoded.offsets.length - 1))];
}

/** Plain and quoted scalars: escapes, '' in single quotes, line folding (one break → space, n breaks → n-1 newlines). */
function flow(text: string, start: number, end: number, quote: string): Decoded | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  const emit = (s: string, at: number) => { chars.push(s); offsets.push(at); };
  let keep = 0; // output length up to the last character that is not trailing white space of its line
  let i = start + (quote ? 1 : 0);
  const stop = end - (quote ? 1 : 0);
  while (i < stop) {
    const c = text[i]!;
    if (c === '\n') {
      chars.length = offsets.length = keep;
      let breaks = 0;
      let j = i;
      while (j < stop && (text[j] === '\n' || isBlank(text[j]))) { if (text[j] === '\n') breaks++; j++; }
      if (breaks === 1) emit(' ', i); else for (let k = 1; k < breaks; k++) emit('\n', i);
      keep = chars.length;
      i = j;
      continue;
    }
    if (quote === '"' && c === '\\') {
      const n = text[i + 1];
      if (n === '\n' || (n === '\r' && text[i + 2] === '\n')) { // escaped line break: joined without a space
        i += n === '\r' ? 3 : 2;
        while (i < stop && isBlank(text[i])) i++;
        continue;
      }
      if (n && HEX[n]) {
        const code = Number.parseInt(text.slice(i + 2, i + 2 + HEX[n]), 16);
        if (Number.isNaN(code)) return undefined;
        for (const unit of String.fromCodePoint(code)) emit(unit, i);
        i += 2 + HEX[n];
      } else if (n !== undefined && ESCAPES[n] !== undefined) {
        emit(ESCAPES[n], i);
        i += 2;
      } else {
        return undefined;
      }
      keep = chars.length;
      continue;
    }
    if (quote === "'" && c === "'" && text[i + 1] === "'") { emit("'", i); i += 2; keep = chars.length; continue; }
    emit(c, i);
    if (!isBlank(c)) keep = chars.length;
    i++;
  }
  return { value: chars.join(''), offsets };
}

/** `|` and `>` scalars: the header line, then lines at the content's indentation (auto-detected). */
function block(text: string, start: number, end: number, folded: boolean): Decoded | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || /\d/.test(text.slice(start, headerEnd).split('#')[0]!)) return undefined; // explicit indentation: rare
  const lines: { at: number; text: string }[] = [];
  for (let at = headerEnd + 1; at < end;) {
    const nl = text.indexOf('\n', at);
    const stopAt = nl === -1 || nl > end ? end : nl;
    lines.push({ at, text: text.slice(at, stopAt).replace(/\r$/, '') });
    at = stopAt + 1;
  }
  const first = lines.find((l) => l.text.trim());
  if (!first) return { value: '', offsets: [] };
  const indent = /^ */.exec(first.text)![0].length;
  const chars: string[] = [];
  const offsets: number[] = [];
  const emit = (s: string, at: number) => { chars.push(s); offsets.push(at); };
  let prev: 'normal' | 'more' | undefined;
  let empty = 0;
  let lastBreak = start;
  for (const line of lines) {
    const body = line.text.slice(indent);
    if (!line.text.trim() && (folded || line.text.length <= indent)) { empty++; lastBreak = line.at - 1; continue; }
    const kind = isBlank(body[0]) ? 'more' : 'normal';
    const breakAt = line.at - 1;
    if (prev === undefined) for (let k = 0; k < empty; k++) emit('\n', lastBreak);
    else if (!folded) for (let k = 0; k <= empty; k++) emit('\n', breakAt);
    else if (prev === 'normal' && kind === 'normal') { if (empty === 0) emit(' ', breakAt); else for (let k = 0; k < empty; k++) emit('\n', breakAt); }
    else for (let k = 0; k <= empty; k++) emit('\n', breakAt);
    for (let k = 0; k < body.length; k++) emit(body[k]!, line.at + indent + k);
    prev = kind;
    empty = 0;
  }
  return { value: chars.join(''), offsets };
}
