// Helpers shared by the render unit tests (not a test file itself).
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { ResolvedDeck } from '../../../src/content/resolve.ts';

/** A parsed DOM of an HTML fragment. */
export function dom(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

export function only<T>(list: ArrayLike<T>): T {
  expect(list.length).toBe(1);
  return list[0]!;
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function directDeck(over: Partial<ResolvedDeck> = {}): ResolvedDeck {
  return {
    title: 'Direct', lang: 'en', theme: 'pytorch', aspect: '16:9', allowHtml: false, reveal: {},
    dir: '/nowhere', name: 'direct', assets: [], images: {},
    slides: [{ number: 1, layout: 'quote', data: { layout: 'quote', quote: 'Q' }, pos: { file: 'deck.yaml', line: 3, column: 5 }, path: ['slides', 0] }],
    ...over,
  };
}
