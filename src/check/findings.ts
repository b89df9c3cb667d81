// The shape of `podium check` results — also the documented `--json` schema (version 1): the zod schema
// below is the contract (tests validate real output against it); the TypeScript types follow from it.
import { z } from 'zod';
export const RULES = [
  'overflow', 'clipped',                                   // layout (errors)
  'image', 'font', 'link',                                 // assets (errors)
  'text-size', 'contrast',                                 // readability
  'alt', 'title',                                          // accessibility
  'notes-missing', 'notes-long', 'duplicate-id', 'duration', // authoring
  'collision', 'glyph',                                    // layout, assets (errors)
  'chrome',                                                // the theme's slide chrome overlapping (warning)
] as const;
export type Rule = (typeof RULES)[number];
export type Severity = 'error' | 'warning';

const findingSchema = z.strictObject({
  rule: z.enum(RULES),
  severity: z.enum(['error', 'warning']),
  slide: z.number().int().min(0),
  message: z.string(),
  element: z.string().optional(),
  pixels: z.number().optional(),
});
export const checkReportSchema = z.strictObject({
  version: z.literal(1),
  deck: z.string(),
  file: z.string(),
  slides: z.array(z.strictObject({ number: z.number().int().min(1), id: z.string().optional(), layout: z.string(), line: z.number().int().min(1) })),
  findings: z.array(findingSchema),
  summary: z.strictObject({
    errors: z.number().int(), warnings: z.number().int(), slides: z.number().int(),
    estimatedMinutes: z.number(), durationMinutes: z.number().optional(),
  }),
});

export const ERROR_RULES: readonly Rule[] = ['overflow', 'clipped', 'image', 'font', 'link', 'collision', 'glyph'];

export interface Finding {
  rule: Rule;
  severity: Severity;
  /** 1-based slide number; 0 for deck-wide findings */
  slide: number;
  message: string;
  /** CSS-ish description of the element concerned */
  element?: string;
  /** how far outside, how far overlapping, or how small, in px at 1080p */
  pixels?: number;
}

export interface SlideRef { number: number; id?: string; layout: string; line: number }

export interface CheckReport {
  version: 1;
  deck: string;
  file: string;
  slides: SlideRef[];
  findings: Finding[];
  summary: { errors: number; warnings: number; slides: number; estimatedMinutes: number; durationMinutes?: number };
}

export function severityOf(rule: Rule): Severity {
  return ERROR_RULES.includes(rule) ? 'error' : 'warning';
}
