// Social-card meta (Open Graph, read by chat apps and social sites) for the static build, when the deck sets
// `og:` or the build is run with --og. og:image is og.png beside index.html, the first slide shot by
// export/png.ts; it is absolute when the deck gives the URL the site is published at. Pure.
import type { DeckMeta } from '../content/schema.ts';

export interface OgMeta { title: string; description?: string; image: string; url?: string }

const plain = (s?: string) => s?.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

export function wantsOg(deck: Pick<DeckMeta, 'og'>, flag?: boolean): boolean {
  return Boolean(flag || deck.og);
}

export function ogMeta(deck: Pick<DeckMeta, 'og' | 'title' | 'description' | 'subtitle'>, flag?: boolean): OgMeta | undefined {
  if (!wantsOg(deck, flag)) return undefined;
  const base = typeof deck.og === 'object' ? deck.og.url.replace(/\/?$/, '/') : undefined;
  return { title: plain(deck.title)!, description: plain(deck.description ?? deck.subtitle), image: `${base ?? ''}og.png`, url: base };
}
