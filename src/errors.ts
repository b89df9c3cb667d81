// The one user-facing error class. Bad input becomes a DeckError (printed cleanly, exit 1);
// anything else is a real bug and keeps its stack.
import { codeFrameColumns } from '@babel/code-frame';
import { lineIndex } from './util/line-index.ts';

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

/** The process exit codes, one table (a bug that crashes with a stack exits 1 by Node's own rule). */
export const ExitCode = {
  Ok: 0,
  /** bad input: the deck, its files or its theme; or a failed export or check */
  Input: 1,
  /** bad usage: an unknown command or option, a malformed flag value */
  Usage: 2,
  /** stopped by a signal while exporting: 128 + the signal's number, as shells report it */
  Hangup: 129,
  Interrupted: 130,
  Terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class DeckError extends Error {
  readonly problems: Problem[];
  readonly exitCode: ExitCode;
  constructor(problems: Problem[] | Problem, exitCode: ExitCode = ExitCode.Input) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatHeadline).join('\n'));
    this.name = 'DeckError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** A usage error (exit 2): a flag or argument the command cannot take. */
export function usage(message: string, hint?: string): never {
  throw new DeckError({ message, hint }, ExitCode.Usage);
}

/** Throw a single problem; typed `never` so callers read like assertions. */
export function fail(message: string, at?: Partial<Position> & { source?: string }, hint?: string): never {
  throw new DeckError({ message, hint, ...at });
}

export function isDeckError(e: unknown): e is DeckError {
  return e instanceof DeckError;
}

const FS_HINTS: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space, or write somewhere else with --out',
  EDQUOT: 'the disk quota is used up: free some space, or write somewhere else with --out',
  EACCES: 'check the folder\'s permissions, or write somewhere else with --out',
  EPERM: 'check the folder\'s permissions, or write somewhere else with --out',
  EROFS: 'the file system is read-only: write somewhere else with --out',
};

/**
 * A failed read or write of the machine (disk full, no permission, read-only) is not a bug: it becomes a
 * DeckError (exit 1, no stack trace) that says what Podium was doing. Anything else is returned unchanged.
 */
export function fileSystemError(e: unknown, doing: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (isDeckError(e) || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return e;
  return new DeckError({ message: `${doing}: ${(e as Error).message}`, hint: FS_HINTS[code] });
}

/** Longest message or hint printed; content quoted in a message (a 10 MB title) is cut. */
const MAX_TEXT = 400;
/** Widest code-frame line: longer lines show a window around the column. */
const MAX_FRAME_WIDTH = 160;
/** How many problems are printed in full; the rest are counted. */
export const MAX_SHOWN = 20;

const clip = (s: string, max = MAX_TEXT) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function formatHeadline(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}  ` : '';
  return `${where}${clip(p.message)}`;
}

/** The lines around the problem (only those, so a huge file frames fast), cut to a window around the column. */
export function codeFrame(p: Problem, color = false): string {
  if (!p.source || !p.line) return '';
  const { starts } = lineIndex(p.source);
  const line = Math.min(p.line, starts.length);
  const first = Math.max(1, line - 2);
  const last = Math.min(starts.length, line + 2);
  let lines = p.source.slice(starts[first - 1], last < starts.length ? starts[last]! - 1 : undefined).split(/\r?\n/);
  let column = p.column ?? 1;
  if (lines.some((l) => l.length > MAX_FRAME_WIDTH)) {
    const from = Math.max(0, column - 1 - MAX_FRAME_WIDTH / 2);
    lines = lines.map((l) => `${from > 0 && l.length > from ? '…' : ''}${l.slice(from, from + MAX_FRAME_WIDTH)}${l.length > from + MAX_FRAME_WIDTH ? '…' : ''}`);
    if (from > 0) column = column - from + 1;
  }
  return codeFrameColumns(lines.join('\n'), { start: { line, column } },
    { highlightCode: color, linesAbove: 2, linesBelow: 2, startLine: first } as Parameters<typeof codeFrameColumns>[2]);
}

/** Full human text of a problem: headline, code frame, hint. */
export function formatProblem(p: Problem, color = false): string {
  const parts = [formatHeadline(p)];
  const frame = codeFrame(p, color);
  if (frame) parts.push(frame);
  if (p.hint) parts.push(`  hint: ${clip(p.hint, 2 * MAX_TEXT)}`);
  return parts.join('\n');
}

/** Every problem (the first MAX_SHOWN of a long list, so 10,000 broken slides still print in a blink). */
export function formatDeckError(e: DeckError, color = false): string {
  const n = e.problems.length;
  const body = e.problems.slice(0, MAX_SHOWN).map((p) => formatProblem(p, color)).join('\n\n');
  if (n > MAX_SHOWN) return `${body}\n\n${n} problems found; the first ${MAX_SHOWN} are shown above.`;
  return n > 1 ? `${body}\n\n${n} problems found.` : body;
}
