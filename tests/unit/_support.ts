// Shared helpers for the unit tests (not a test file itself).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { DeckError, type Problem } from '../../src/errors.ts';
import type { MediaTheme } from '../../src/media/theme.ts';

/** Runs fn and returns the DeckError it throws; fails the test if it throws nothing or something else. */
export function catchDeckError(fn: () => unknown): DeckError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DeckError) return e;
    throw e;
  }
  throw new Error('expected a DeckError, but nothing was thrown');
}

export const problemsOf = (fn: () => unknown): Problem[] => catchDeckError(fn).problems;

/** A problem without its source text, for readable comparisons. */
export const brief = (p: Problem) => ({ line: p.line, column: p.column, message: p.message });

/** YAML from lines: argument i is line i + 1, so positions in expectations are easy to read. */
/** The header of a 16×9 GIF: enough for an image reader to know its format and size (Podium refuses a
 * background, aside or gallery file that no reader recognises). */
export const TINY_IMAGE = 'GIF89a\x10\x00\x09\x00';

export const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

/** Temp folders created through the returned function are removed after each test. */
export function useTempDirs(): (prefix?: string) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return (prefix = 'podium-unit-') => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}

/** The pytorch theme's colours and fonts as the media stage sees them (diagrams, charts, SVG fonts). */
export const MEDIA_THEME: MediaTheme = {
  colors: { background: '#0e1117', surface: '#171c26', border: '#262d3b', text: '#f3f4f7', muted: '#aab2c2', accent: '#f05a3a', accent2: '#ffb547' },
  stacks: { heading: "'Inter', sans-serif", body: "'Inter', sans-serif", mono: "'JetBrains Mono', monospace" },
  families: { heading: 'Inter', body: 'Inter', mono: 'JetBrains Mono' },
};
