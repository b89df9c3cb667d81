// zod issues → user problems at their YAML positions: "did you mean" for unknown fields, plain words for
// types and sizes. Shared by deck validation (content/validate.ts) and theme files (theme/).
import { z } from 'zod';
import { closest, didYouMean } from './suggest.ts';
import type { PathKey } from './yaml.ts';

export type Report = (path: PathKey[], message: string, hint?: string, key?: boolean) => void;

/** zod issues → problems at their positions, with "did you mean" for unknown fields (theme files use it too). */
export function collectIssues(issues: z.core.$ZodIssue[], base: PathKey[], data: unknown, schema: z.ZodType, prefix: string, report: Report) {
  // A misspelt field (`itmes`) is one problem: its "did you mean" says it all, so the "items is required" it
  // causes is dropped.
  const meant = new Set(issues.flatMap((issue) => issue.code !== 'unrecognized_keys' ? [] : issue.keys.flatMap((key) => {
    const field = closest(key, keysAt(schema, issue.path as PathKey[]));
    return field ? [fieldName([...(issue.path as PathKey[]), field])] : [];
  })));
  for (const issue of issues) {
    const rel = issue.path as PathKey[];
    if (rel[0] === 'slides' && rel.length > 1 && base.length === 0) continue; // reported per slide
    const field = fieldName(rel);
    if (meant.has(field) && valueAt(data, rel) === undefined) continue;
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
  // zod's public classes, not its internal `def`: optional/default/nullable/lazy/pipe unwrap, a union is
  // walked through its first object form.
  const unwrap = (t: z.ZodType | undefined): z.ZodType | undefined => {
    for (let i = 0; t && i < 20; i++) {
      if (t instanceof z.ZodOptional || t instanceof z.ZodNullable || t instanceof z.ZodDefault) t = t.unwrap() as z.ZodType;
      else if (t instanceof z.ZodLazy) t = t.unwrap() as z.ZodType;
      else if (t instanceof z.ZodPipe) t = t.in as z.ZodType;
      else if (t instanceof z.ZodUnion) t = (t.options.find((o) => o instanceof z.ZodObject) ?? t.options[0]) as z.ZodType;
      else return t;
    }
    return t;
  };
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    s = unwrap(s);
    if (s instanceof z.ZodObject && typeof key === 'string') s = s.shape[key] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return [];
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
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
