// `[deck]`, or every deck under slides/ with --all: the decks a command works on.
import { listDecks } from '../content/decks.ts';
import { fail, usage } from '../errors.ts';
import { command } from '../util/hint.ts';

export function targets(deck: string | undefined, all: boolean | undefined, root = process.cwd()): (string | undefined)[] {
  if (!all) return [deck];
  if (deck) usage('give a deck or --all, not both');
  const decks = listDecks(root);
  return decks.length ? decks : fail('--all: no decks under slides/', undefined, `run \`${command('new <name>', root)}\``);
}

/** A path as the user typed it from the project: ./dist/x rather than /home/…/dist/x. */
export const rel = (p: string, cwd = process.cwd()): string => (p.startsWith(cwd) ? `.${p.slice(cwd.length)}` : p);
