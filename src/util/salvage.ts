// The part of some data that a schema accepts: what a stage can still check after the problems in the
// rest were reported. A theme.yaml with a misspelt key still has its fonts, logo and theme.css checked.
import type { z } from 'zod';
import type { PathKey } from './yaml.ts';

const isContainer = (v: unknown): v is Record<PathKey, unknown> => v !== null && typeof v === 'object';

/** Removes the value at `path` (a missing value: the mapping that lacks it). False when only the root is left. */
function drop(data: unknown, path: readonly PathKey[]): boolean {
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? parent[key] : undefined;
  const last = path.at(-1);
  if (last === undefined || !isContainer(parent)) return false;
  if (parent[last] === undefined) return drop(data, path.slice(0, -1));
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1, undefined);
  else delete parent[last];
  return true;
}

/**
 * `data` with every value the schema refuses taken out (unknown keys, wrong values, mappings missing a
 * required field), parsed; undefined when nothing acceptable is left. Never reports: the caller reported
 * the schema's issues already.
 */
export function salvage<T>(schema: z.ZodType<T>, data: unknown, rounds = 8): T | undefined {
  const copy: unknown = structuredClone(data);
  for (let i = 0; i < rounds; i++) {
    const result = schema.safeParse(copy);
    if (result.success) return result.data;
    // deepest first, so dropping one value does not move another that is still to drop
    const paths = result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => [...issue.path, k] as PathKey[]) : [issue.path as PathKey[]]))
      .sort((a, b) => b.length - a.length);
    for (const p of paths) if (!drop(copy, p)) return undefined;
  }
  return undefined;
}
