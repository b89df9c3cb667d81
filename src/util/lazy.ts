// A dependency loaded on first use. Most decks never need postcss (a slide's `style:`), markdown-it-attrs
// (`{width=…}` after an image) or image-size (background and gallery images); loading them eagerly cost a
// plain 40-slide build ~40 ms of its ~400 ms (scripts/bench, docs/performance.md). Sync, so pure stages stay
// sync; these packages ship CommonJS, which `require` loads.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazy<T>(id: string, pick: (m: any) => T = (m) => m): () => T {
  let value: T | undefined;
  return () => (value ??= pick(require(id)));
}
