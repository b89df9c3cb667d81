// CLI flags of pdf / handout / export → typed options. A bad value is a usage error (exit 2).
import { DeckError, usage } from '../errors.ts';
import type { Paper, PerPage } from '../render/handout.ts';
import type { HandoutExportOptions } from './handout.ts';
import type { PngOptions } from './png.ts';
import type { PrintOptions } from './print-page.ts';

export interface ExportFlags { scale?: string | number; og?: boolean; strict?: boolean; /** build the site even when it is fresh */ force?: boolean; fragments?: boolean; notes?: boolean; range?: string | number; timeout?: string | number; perPage?: string | number; paper?: string; lines?: boolean }


export function timeoutMs(flags: ExportFlags): number {
  const s = flags.timeout === undefined ? 60 : Number(flags.timeout);
  if (!Number.isFinite(s) || s <= 0) usage(`--timeout must be a number of seconds, got "${flags.timeout}"`);
  return s * 1000;
}

/** Pages per printed part (src/export/print-page.ts); the tests and the bench set other sizes. */
const partPages = () => Number(process.env.PODIUM_PDF_PART_PAGES) || undefined;

export function printOptions(flags: ExportFlags): PrintOptions {
  return { fragments: Boolean(flags.fragments), notes: Boolean(flags.notes), range: flags.range === undefined ? undefined : String(flags.range), timeout: timeoutMs(flags), partPages: partPages() };
}

export function handoutOptions(flags: ExportFlags): HandoutExportOptions {
  const perPage = Number(flags.perPage ?? 3);
  if (![1, 2, 3, 4, 6].includes(perPage)) usage(`--per-page must be 1, 2, 3, 4 or 6, got "${flags.perPage}"`);
  const paper = String(flags.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') usage(`--paper must be a4 or letter, got "${flags.paper}"`);
  return { perPage: perPage as PerPage, paper: paper as Paper, lines: Boolean(flags.lines), timeout: timeoutMs(flags), partPages: partPages() };
}

export function pngOptions(flags: ExportFlags): PngOptions {
  const scale = Number(flags.scale ?? 1);
  if (scale !== 1 && scale !== 2) usage(`--scale must be 1 or 2, got "${flags.scale}"`);
  return { fragments: Boolean(flags.fragments), scale: scale as 1 | 2, range: flags.range === undefined ? undefined : String(flags.range), timeout: timeoutMs(flags) };
}
