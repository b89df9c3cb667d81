// Stage 1 — load: find the deck folder and read deck.yaml as text. The only I/O before parsing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../errors.ts';

export interface DeckSource {
  /** absolute folder of the deck */
  dir: string;
  /** deck name (folder name) — also the output folder under dist/ */
  name: string;
  /** absolute path of deck.yaml */
  file: string;
  /** path shown in messages: relative to cwd when inside it */
  displayFile: string;
  text: string;
}

export const DEFAULT_DECK = 'pytorch-lessons';

export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** `[deck]` is a name under `<root>/slides/` or a path to a folder holding deck.yaml. */
export function resolveDeckDir(deck: string | undefined, root = process.cwd()): string {
  const arg = deck ?? DEFAULT_DECK;
  const candidates = [path.resolve(root, arg), path.resolve(root, 'slides', arg)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'deck.yaml'))) return dir;
    if (dir.endsWith('deck.yaml') && existsSync(dir) && statSync(dir).isFile()) return path.dirname(dir);
  }
  return fail(`no deck "${arg}": expected slides/${arg}/deck.yaml or a folder with a deck.yaml`, undefined,
    'run `podium new <name>` to create one');
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return fail('file is not valid UTF-8 text', { file, line: 1, column: 1 }, 'save it as UTF-8');
  }
}

export function loadDeck(deck: string | undefined, root = process.cwd()): DeckSource {
  const dir = resolveDeckDir(deck, root);
  const file = path.join(dir, 'deck.yaml');
  const displayFile = displayPath(file);
  const text = decodeUtf8(readFileSync(file), displayFile);
  return { dir, name: path.basename(dir), file, displayFile, text };
}
