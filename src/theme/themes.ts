// Where themes live: templates/themes/<name>/theme.yaml (built in, or made with `podium theme new`), and a
// deck's own slides/<deck>/theme/theme.yaml. This module is where a name becomes a folder.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.ts';

export const THEME_FILE = 'theme.yaml';
export const THEME_CSS = 'theme.css';
/** The folder of a deck's own theme, next to its deck.yaml. */
export const DECK_THEME_DIR = 'theme';
export const DEFAULT_THEME = 'pytorch';
/** The theme of handout pages (the slides on them keep the deck's theme). */
export const HANDOUT_THEME = 'paper';

export function themesDir(templatesDir = TEMPLATES_DIR): string {
  return path.join(templatesDir, 'themes');
}

export function themeNames(templatesDir = TEMPLATES_DIR): string[] {
  const dir = themesDir(templatesDir);
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, THEME_FILE))).sort() : [];
}

export function themeDir(name: string, templatesDir = TEMPLATES_DIR): string {
  return path.join(themesDir(templatesDir), name);
}
