// Stage 2 — parse: YAML text → plain data, keeping the document so every value keeps its line and column.
// No I/O: works on the text loaded by load.ts (and on strings in tests).
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { DeckError, type Position, type Problem } from '../errors.ts';

export type PathKey = string | number;

export interface ParsedYaml {
  file: string;
  text: string;
  data: unknown;
  /** position of the value at `path` (or of the deepest existing parent); `key: true` → the key itself */
  locate(path: readonly PathKey[], opts?: { key?: boolean }): Position;
}

const MAX_ALIASES = 100;

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => {
    let offset = e.pos[0];
    let message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(message)?.[1] : undefined;
    if (quote) { // yaml reports where the file ended; the user needs the quote that was opened
      offset = Math.max(0, text.lastIndexOf(quote, offset - 1));
      message = `this ${quote === '"' ? 'double' : 'single'}-quoted text is never closed`;
    }
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message: `YAML: ${message}`, source: text };
  });
  if (problems.length) throw new DeckError(problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new DeckError({ file, line: 1, column: 1, source: text,
      message: `YAML: ${(e as Error).message}`, hint: 'aliases may not expand into huge documents' });
  }

  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  return {
    file, text, data,
    locate(path, opts) {
      const found = findNode(doc, path, opts?.key ?? false);
      return at(found?.range?.[0] ?? 0);
    },
  };
}

function findNode(doc: Document, path: readonly PathKey[], wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
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
