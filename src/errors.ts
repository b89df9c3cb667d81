// The one user-facing error class. Bad input becomes a DeckError (printed cleanly, exit 1);
// anything else is a real bug and keeps its stack.
import { codeFrameColumns } from '@babel/code-frame';

export interface Position {
  file: string;   // path as shown to the user (relative to cwd when possible)
  line: number;   // 1-based
  column: number; // 1-based
}

export interface Problem extends Partial<Position> {
  message: string;
  hint?: string;
  /** source text of `file`, used for the code frame */
  source?: string;
}

export class DeckError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;
  constructor(problems: Problem[] | Problem, exitCode = 1) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatHeadline).join('\n'));
    this.name = 'DeckError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** Throw a single problem; typed `never` so callers read like assertions. */
export function fail(message: string, at?: Partial<Position> & { source?: string }, hint?: string): never {
  throw new DeckError({ message, hint, ...at });
}

export function isDeckError(e: unknown): e is DeckError {
  return e instanceof DeckError;
}

export function formatHeadline(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}  ` : '';
  return `${where}${p.message}`;
}

export function codeFrame(p: Problem, color = false): string {
  if (!p.source || !p.line) return '';
  return codeFrameColumns(p.source, { start: { line: p.line, column: p.column ?? 1 } },
    { highlightCode: color, linesAbove: 2, linesBelow: 2 });
}

/** Full human text of a problem: headline, code frame, hint. */
export function formatProblem(p: Problem, color = false): string {
  const parts = [formatHeadline(p)];
  const frame = codeFrame(p, color);
  if (frame) parts.push(frame);
  if (p.hint) parts.push(`  hint: ${p.hint}`);
  return parts.join('\n');
}

export function formatDeckError(e: DeckError, color = false): string {
  const n = e.problems.length;
  const body = e.problems.map((p) => formatProblem(p, color)).join('\n\n');
  return n > 1 ? `${body}\n\n${n} problems found.` : body;
}
