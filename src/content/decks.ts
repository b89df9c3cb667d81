// Every deck of a project: the folders under slides/ that hold a deck.yaml.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function listDecks(root = process.cwd()): string[] {
  const dir = path.join(root, 'slides');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'deck.yaml')))
    .map((d) => d.name)
    .sort();
}
