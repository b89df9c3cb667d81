// Stage 3 — validate: plain data → typed Deck, or every problem at once with its file:line:col.
// Pure: which layouts exist is passed in, nothing is read here.
import type { z } from 'zod';
import { DeckError, type Position, type Problem } from '../errors.ts';
import type { ParsedYaml, PathKey } from './parse.ts';
import { customLayoutSchema, deckSchema, layoutSchemas, MAX_SLIDES, type DeckMeta, type LayoutName, type SlideData } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { DEFAULT_THEME } from '../theme/themes.ts';

export interface Slide {
  /** 1-based, as the user counts */
  number: number;
  layout: string;
  data: SlideData;
  pos: Position;
  /** path of this slide inside deck.yaml, for locating its fields */
  path: PathKey[];
}

export interface Deck extends DeckMeta {
  slides: Slide[];
}

export interface Known { layouts: readonly string[]; themes: readonly string[] }

export function validateDeck(parsed: ParsedYaml, { layouts, themes }: Known): Deck {
  const problems: Problem[] = [];
  const report = (path: PathKey[], message: string, hint?: string, key = false) =>
    problems.push({ ...parsed.locate(path, { key }), message, hint, source: parsed.text });

  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    report([], 'deck.yaml must be a mapping with title and slides', 'start from `podium new <name>`');
    throw new DeckError(problems);
  }
  const top = deckSchema.safeParse(parsed.data);
  if (!top.success) collectIssues(top.error.issues, [], parsed.data, deckSchema, '', report);

  const theme = (parsed.data as { theme?: unknown }).theme ?? DEFAULT_THEME;
  if (typeof theme === 'string' && !themes.includes(theme)) {
    report(['theme'], `theme: unknown theme "${theme}"${didYouMean(theme, themes)}`, `known themes: ${themes.join(', ')}`);
  }
  const rawSlides = (parsed.data as { slides?: unknown }).slides;
  const slides: Slide[] = [];
  if (Array.isArray(rawSlides) && rawSlides.length <= MAX_SLIDES) { // beyond, the one problem is the count
    rawSlides.forEach((raw, i) => {
      const path: PathKey[] = ['slides', i];
      const slide = validateSlide(raw, i + 1, path, layouts, report);
      if (slide) slides.push({ ...slide, pos: parsed.locate(path) });
    });
  }
  if (problems.length || !top.success) throw new DeckError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return { ...top.data, slides } as Deck;
}

export type Report = (path: PathKey[], message: string, hint?: string, key?: boolean) => void;

function validateSlide(raw: unknown, n: number, path: PathKey[], layouts: readonly string[], report: Report) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(path, `slide ${n}: must be a mapping with a layout`); return undefined;
  }
  const layout = (raw as { layout?: unknown }).layout;
  if (typeof layout !== 'string') {
    report(path, `slide ${n}: layout is required`, `known layouts: ${layouts.join(', ')}`); return undefined;
  }
  if (!layouts.includes(layout)) {
    report([...path, 'layout'], `slide ${n}: unknown layout "${layout}"${didYouMean(layout, layouts)}`,
      `known layouts: ${layouts.join(', ')}`);
    return undefined;
  }
  const schema: z.ZodObject = layout in layoutSchemas ? layoutSchemas[layout as LayoutName] : customLayoutSchema;
  const result = schema.safeParse(raw);
  if (!result.success) {
    collectIssues(result.error.issues, path, raw, schema, `slide ${n} (${layout}): `, report);
    return undefined;
  }
  return { number: n, layout, data: result.data as SlideData, path };
}

/** zod issues → problems at their positions, with "did you mean" for unknown fields (theme files use it too). */
export function collectIssues(issues: z.core.$ZodIssue[], base: PathKey[], data: unknown, schema: z.ZodType, prefix: string, report: Report) {
  for (const issue of issues) {
    const rel = issue.path as PathKey[];
    if (rel[0] === 'slides' && rel.length > 1 && base.length === 0) continue; // reported per slide
    const field = fieldName(rel);
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, rel);
      for (const key of issue.keys) {
        const shown = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
        report([...base, ...rel, key], `${prefix}${field ? `${field}.` : ''}${shown}: unknown field${didYouMean(key, allowed)}`,
          allowed.length ? `allowed here: ${allowed.join(', ')}` : undefined, true);
      }
      continue;
    }
    const value = valueAt(data, rel);
    if (issue.code === 'invalid_union' && value !== null && typeof value === 'object') {
      // A list or mapping that matched no form: report the problems inside the form of the same shape.
      const branch = issue.errors.find((errs) => !errs.some((e) => e.path.length === 0 && e.code === 'invalid_type'));
      if (branch) {
        collectIssues(branch.map((e) => ({ ...e, path: [...rel, ...e.path] }) as z.core.$ZodIssue), base, data, schema, prefix, report);
        continue;
      }
    }
    report([...base, ...rel], `${prefix}${field || 'deck'}: ${describe(issue, value)}`);
  }
}

/** The field names the schema allows at `path` (walks objects, arrays, optionals, unions). */
function keysAt(schema: z.ZodType, path: readonly PathKey[]): string[] {
  let s: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (s as { def?: { type: string; innerType?: unknown; options?: unknown[]; getter?: () => unknown } }).def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') s = def.innerType;
      else if (def.type === 'lazy' && def.getter) s = def.getter();
      else if (def.type === 'union' && def.options) s = def.options.find((o) => (o as { def: { type: string } }).def.type === 'object') ?? def.options[0];
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (s as { def: { type: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
    else if (def.type === 'array') s = def.element;
    else return [];
  }
  unwrap();
  const shape = (s as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'is required';
  switch (issue.code) {
    case 'invalid_type': return `expected ${typeName(issue.expected)}, got ${kind(value)}`;
    case 'invalid_union': {
      const forms = issue.errors.flatMap((errs) => errs.filter((e) => e.path.length === 0).map((e) =>
        e.code === 'invalid_type' ? typeName(e.expected) : e.code === 'invalid_value' ? e.values.map((v) => JSON.stringify(v)).join(', ') : 'another form'));
      return `expected ${[...new Set(forms)].join(' or ')}, got ${kind(value)}`;
    }
    case 'too_small':
    case 'too_big': {
      if (!/^Too (small|big)/.test(issue.message)) return issue.message; // the schema's own words
      const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const unit = issue.origin === 'array' ? (n === 1 ? ' item' : ' items') : issue.origin === 'string' ? ' characters' : '';
      if (issue.code === 'too_small') return issue.origin === 'string' && n === 1 ? 'must not be empty' : `needs at least ${n}${unit}`;
      return `has more than ${n}${unit} (at most ${n})`;
    }
    case 'invalid_value': return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : kind(value)}`
      + (typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '');
    default: return issue.message;
  }
}

function typeName(t: string): string {
  return ({ string: 'text', array: 'a list', object: 'a mapping', boolean: 'true or false' } as Record<string, string>)[t] ?? t;
}

function kind(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'number') return `number ${v}`; // JSON would print Infinity and .nan as null
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(typeof v === 'string' ? v.slice(0, 60) : v)}`.slice(0, 60);
}

export function fieldName(path: readonly PathKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PathKey, unknown>)[k] : undefined;
  return v;
}
