// Offsets ↔ lines of a text, computed once per text: the one line index behind positions in YAML,
// theme.css and code frames. Our own rather than yaml's LineCounter, which only learns the line breaks its
// lexer reports and, after a syntax error, can place a problem past the end of its line.

export interface LineIndex {
  /** start offset of each line (line n starts at starts[n - 1]) */
  starts: number[];
  /** offset → 1-based line and column */
  at(offset: number): { line: number; col: number };
}

let last: { text: string; index: LineIndex } | undefined;

export function lineIndex(text: string): LineIndex {
  if (last?.text === text) return last.index; // problems of one file share the same string
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (offset: number) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= o) lo = mid; else hi = mid - 1; }
    return { line: lo + 1, col: o - starts[lo]! + 1 };
  };
  const index = { starts, at };
  last = { text, index };
  return index;
}
