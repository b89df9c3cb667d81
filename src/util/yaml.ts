// Stage 2 — parse: YAML text → plain data, keeping the document so every value keeps its line and column.
// No I/O: works on the text loaded by load.ts (and on strings in tests).
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { DeckError, type Position, type Problem } from '../errors.ts';
import { lineIndex } from './line-index.ts';
import { locator, spansOf, type PathKey, type Spans } from './yaml-spans.ts';

export type { PathKey } from './yaml-spans.ts';

export interface ParsedYaml {
  file: string;
  text: string;
  data: unknown;
  /** position of the value at `path` (or of the deepest existing parent); `key: true` → the key itself */
  locate(path: readonly PathKey[], opts?: { key?: boolean }): Position;
  /** position of character `index` of the string at `path` (through quotes, escapes, folding); else of the value */
  locateIn(path: readonly PathKey[], index: number): Position;
  /** where each slide's text is, for parsing one slide again (src/util/yaml-splice.ts) */
  spans?: Spans;
}

export const MAX_ALIASES = 100;
/** Deeper than this is no talk (a bullet list nests a few levels); it only exhausts the stack downstream. */
export const MAX_DEPTH = 32;
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

export function parseYaml(text: string, file: string): ParsedYaml {
  const linePos = lineIndex(text).at;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch (e) { // the yaml library reports its own errors; this is a stack overflow or worse
    throw new DeckError({ file, line: 1, column: 1, source: text, message: `YAML: cannot parse this file (${(e as Error).message})`,
      hint: `lists and mappings may nest at most ${MAX_DEPTH} levels deep` });
  }
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => {
    let offset = e.pos[0];
    let message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (/call stack/i.test(message)) message = `nested too deeply (at most ${MAX_DEPTH} levels)`;
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(message)?.[1] : undefined;
    if (quote) { // yaml reports where the file ended; the user needs the quote that was opened
      offset = Math.max(0, text.lastIndexOf(quote, offset - 1));
      message = `this ${quote === '"' ? 'double' : 'single'}-quoted text is never closed`;
    }
    const pos = linePos(offset);
    return { file, line: pos.line, column: pos.col, message: `YAML: ${message}`, source: text };
  });
  if (problems.length) throw new DeckError(problems);
  const shape = checkShape(doc.contents);
  if (shape) {
    const pos = linePos(shape.offset);
    throw new DeckError({ file, line: pos.line, column: pos.col, source: text, message: `YAML: ${shape.message}`, hint: shape.hint });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const message = (e as Error).message;
    const alias = /^Unresolved alias.*: (\S+)$/.exec(message)?.[1];
    const offset = alias ? Math.max(0, text.indexOf(`*${alias}`)) : 0;
    const pos = linePos(offset);
    throw new DeckError({ file, line: pos.line, column: pos.col, source: text, message: `YAML: ${message}`,
      hint: alias ? `define the anchor &${alias} before using *${alias}` : 'aliases may not expand into huge documents' });
  }

  const spans = spansOf(doc, text);
  return { file, text, data, spans, ...locator(spans, file, text) };
}

/**
 * What YAML allows but a deck never needs, found before converting to plain data: nesting deeper than
 * MAX_DEPTH, and keys that are lists, mappings or null (JavaScript objects would stringify them). Iterative,
 * so a hostile depth cannot overflow the stack here.
 */
export function checkShape(root: unknown, depth = 1): { offset: number; message: string; hint?: string } | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      return { offset: node.range?.[0] ?? 0, message: `nested more than ${MAX_DEPTH} levels deep`, hint: 'flatten the structure: a slide never needs this many levels' };
    }
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
          const offset = (key as Node | null)?.range?.[0] ?? (item.value as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0;
          return { offset, message: 'a key must be plain text (not a list, a mapping or empty)', hint: 'write keys as `name: value`' };
        }
        stack.push({ node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
