// What printing a built site needs to know about its deck, written into the site (podium/print.json) by
// every build (pipeline.ts siteFacts). With it, `podium pdf` or `png` of a site whose build stamp matches its inputs (stamp.ts) prints
// the site as it is: no load, parse or render — the build is skipped, and Node is free to drive Chromium.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDeckDir } from '../content/load.ts';
import type { ResolvedDeck } from '../content/resolve.ts';
import { siteHash } from './input-hash.ts';
import { isFresh } from './stamp.ts';

export const FACTS_FILE = 'podium/print.json';

export interface SiteFacts {
  name: string;
  slideCount: number;
  aspect: ResolvedDeck['aspect'];
  /** the PDF's document information, as plain text */
  title: string; author?: string; subject?: string; lang?: string;
  /** the deck's own text has U+02BC (ʼ), so the PDF must keep it apart from ’ (export/pdf-tags.ts) */
  modifierApostrophe: boolean;
  /** the site carries og:image (render/og.ts) */
  og: boolean;
}

/** The facts a site was built with; undefined when it has none (built by an older Podium) or they are unreadable. */
export function readSiteFacts(outDir: string): SiteFacts | undefined {
  try {
    const f = JSON.parse(readFileSync(path.join(outDir, FACTS_FILE), 'utf8')) as Partial<SiteFacts>;
    return typeof f.name === 'string' && typeof f.slideCount === 'number' && typeof f.title === 'string' ? f as SiteFacts : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The hash `deckArg`'s site is stamped with (`hash` when the caller has it), and — when the site in its output
 * folder was built from these very inputs and has its facts — the site itself. A build that follows takes the
 * hash as its stamp, so the inputs are hashed once.
 */
export function siteState(deckArg: string | undefined, o: { out?: string; strict?: boolean; og?: boolean; hash?: string }, root = process.cwd()): { hash: string; fresh?: { outDir: string; facts: SiteFacts } } {
  const deckDir = resolveDeckDir(deckArg, root);
  const outDir = o.out ? path.resolve(root, o.out) : path.join(root, 'dist', path.basename(deckDir));
  const hash = o.hash ?? siteHash(deckDir, root, o);
  if (!existsSync(path.join(outDir, 'index.html')) || !isFresh(outDir, 'build', hash)) return { hash };
  const facts = readSiteFacts(outDir);
  return { hash, fresh: facts && facts.name === path.basename(deckDir) ? { outDir, facts } : undefined };
}
