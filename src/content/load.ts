// Stage 1 — load: find the deck folder and read deck.yaml as text. The only I/O before parsing.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../errors.ts';
import { displayPath } from '../util/paths.ts';
import { readTextFile } from '../util/read-text.ts';
import { command } from '../util/hint.ts';
import { listDecks } from './decks.ts';

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


/** The deck used when none is named: the only one under ./slides/. */
export function defaultDeck(root = process.cwd()): string {
  const decks = listDecks(root);
  if (decks.length === 1) return decks[0]!;
  return decks.length
    ? fail(`several decks under slides/ (${decks.join(', ')}): name the one you mean`, undefined, `e.g. \`${command(`build ${decks[0]}`, root)}\``)
    : fail('no deck here: there is no slides/<name>/deck.yaml under this folder', undefined, `create one with \`${command('new my-talk', root)}\``);
}

/** `[deck]` is a name under `<root>/slides/` or a path to a folder holding deck.yaml; none: the only deck. */
export function resolveDeckDir(deck: string | undefined, root = process.cwd()): string {
  const arg = deck ?? defaultDeck(root);
  const candidates = [path.resolve(root, arg), path.resolve(root, 'slides', arg)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'deck.yaml'))) return dir;
    if (dir.endsWith('deck.yaml') && existsSync(dir) && statSync(dir).isFile()) return path.dirname(dir);
  }
  const asPath = path.isAbsolute(arg) || arg.includes('/') || arg.includes(path.sep);
  return fail(asPath ? `no deck at ${arg}: there is no ${path.join(arg, 'deck.yaml')}`
    : `no deck "${arg}": expected slides/${arg}/deck.yaml or a folder with a deck.yaml`, undefined,
  `run \`${command(`new ${asPath ? '<name>' : arg}`, root)}\` to create one`);
}

export function loadDeck(deck: string | undefined, root = process.cwd()): DeckSource {
  const dir = resolveDeckDir(deck, root);
  const file = path.join(dir, 'deck.yaml');
  const displayFile = displayPath(file);
  const text = readTextFile(file, displayFile);
  return { dir, name: path.basename(dir), file, displayFile, text };
}
