// `podium new <name>`: copy templates/new/ into slides/<name>/, naming the deck. Refuses to overwrite.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';

export function scaffoldDeck(name: string, root = process.cwd()): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail(`deck name "${name}" must be lower-case letters, digits and dashes`);
  const dir = path.join(root, 'slides', name);
  if (existsSync(dir)) fail(`slides/${name} already exists; pick another name or edit it`);
  cpSync(path.join(TEMPLATES_DIR, 'new'), dir, { recursive: true });
  const file = path.join(dir, 'deck.yaml');
  const title = name.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('__TITLE__', title));
  return file;
}
