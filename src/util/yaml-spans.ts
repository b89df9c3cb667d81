// Where each part of deck.yaml is: the document's root, and each item of its top-level `slides:` list as
// its own span of lines. A span can be parsed again alone (src/util/yaml-splice.ts), so a node is located
// through the text it was parsed from and how far that text has moved since (`shift`).
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Position } from '../errors.ts';
import { lineIndex } from './line-index.ts';
import { scalarSourceOffset } from './scalar-offsets.ts';

export type PathKey = string | number;

export interface SlideSpan {
  /** the item's node; its ranges are offsets into `text` */
  node: Node;
  text: string;
  /** added to the node's offsets gives offsets in the current text */
  shift: number;
  /** its lines in the current text, [start, end): from its `- ` line to the next item's */
  start: number;
  end: number;
}

export interface Spans {
  root: unknown;
  rootText: string;
  /** root nodes at or after this offset of rootText (past the slides) moved by tailShift */
  seqEnd: number;
  tailShift: number;
  /** empty when no slide can be parsed alone: no block list of mappings, an alias, a %directive */
  slides: SlideSpan[];
  /** column of the items' `-` */
  indent: number;
}

export const hasAlias = (doc: Document): boolean => {
  let found = false;
  visit(doc, { Alias: () => { found = true; return visit.BREAK; } });
  return found;
};

/** The spans of a fully parsed deck.yaml. */
export function spansOf(doc: Document, text: string): Spans {
  const root = doc.contents;
  const none: Spans = { root, rootText: text, seqEnd: Infinity, tailShift: 0, slides: [], indent: -1 };
  if (!isMap(root)) return none;
  const at = root.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === 'slides');
  const seq = root.items[at]?.value;
  if (!isSeq(seq) || seq.flow || !seq.items.length || /^%/m.test(text) || hasAlias(doc)) return none;
  const starts: number[] = [];
  let indent = -1;
  for (const item of seq.items) {
    const from = isAlias(item) ? undefined : (item as Node | null)?.range?.[0];
    if (from === undefined) return none;
    const line = text.lastIndexOf('\n', from - 1) + 1;
    const dash = /^( *)- +$/.exec(text.slice(line, from));
    if (!dash || (indent >= 0 && dash[1]!.length !== indent)) return none;
    indent = dash[1]!.length;
    starts.push(line);
  }
  const next = (root.items[at + 1]?.key as Node | undefined)?.range?.[0];
  const end = next === undefined ? text.length : text.lastIndexOf('\n', next - 1) + 1;
  const slides = seq.items.map((node, i) => ({ node: node as Node, text, shift: 0, start: starts[i]!, end: starts[i + 1] ?? end }));
  return { root, rootText: text, seqEnd: end, tailShift: 0, slides, indent };
}

/** locate() and locateIn() of a parsed deck.yaml (see ParsedYaml in src/util/yaml.ts). */
export function locator(spans: Spans, file: string, text: string) {
  const linePos = lineIndex(text).at;
  const at = (offset: number): Position => {
    const p = linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const find = (path: readonly PathKey[], wantKey: boolean) => {
    const span = path[0] === 'slides' && typeof path[1] === 'number' ? spans.slides[path[1]] : undefined;
    if (span) return { node: findNode(span.node, path.slice(2), wantKey), text: span.text, shift: span.shift };
    const node = findNode(spans.root, path, wantKey);
    return { node, text: spans.rootText, shift: (node?.range?.[0] ?? 0) >= spans.seqEnd ? spans.tailShift : 0 };
  };
  return {
    locate(path: readonly PathKey[], opts?: { key?: boolean }): Position {
      const found = find(path, opts?.key ?? false);
      return at((found.node?.range?.[0] ?? 0) + found.shift);
    },
    locateIn(path: readonly PathKey[], index: number): Position {
      const { node, text: source, shift } = find(path, false);
      const inner = isScalar(node) ? scalarSourceOffset(source, node, index) : undefined;
      return at((inner ?? node?.range?.[0] ?? 0) + shift);
    },
  };
}

/** The node at `path` below `start` (or the deepest existing parent); `wantKey`: the last key itself. */
function findNode(start: unknown, path: readonly PathKey[], wantKey: boolean): Node | undefined {
  let node: unknown = start;
  let last: Node | undefined = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return last;
      if (wantKey && i === path.length - 1) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (node === undefined) return last;
    } else {
      return last;
    }
    last = node as Node;
  }
  return last;
}
