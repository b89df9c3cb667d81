// Where themes live: built in (templates/themes/<name>/theme.yaml, shipped with Podium), the project's own
// (./themes/<name>/, made with `podium theme new`; they override a built-in of the same name), and a deck's
// own slides/<deck>/theme/theme.yaml. This module is where a name becomes a folder.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, TEMPLATES_DIR } from '../paths.ts';

export const THEME_FILE = 'theme.yaml';
export const THEME_CSS = 'theme.css';
/** The folder of a deck's own theme, next to its deck.yaml. */
export const DECK_THEME_DIR = 'theme';
export const DEFAULT_THEME = 'pytorch';
/** The theme of handout pages (the slides on them keep the deck's theme). */
export const HANDOUT_THEME = 'paper';

/** Built-in themes. */
export function themesDir(templatesDir = TEMPLATES_DIR): string {
  return path.join(templatesDir, 'themes');
}

/** The project's own themes: ./themes/. */
export const projectThemesDir = (root = projectRoot()): string => path.join(root, 'themes');

const namesIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, THEME_FILE))) : [];

export const builtinThemeNames = (templatesDir = TEMPLATES_DIR): string[] => namesIn(themesDir(templatesDir)).sort();
export const projectThemeNames = (root = projectRoot()): string[] => namesIn(projectThemesDir(root)).sort();

/** Every theme a deck can name: the built-ins and the project's own. */
export function themeNames(templatesDir = TEMPLATES_DIR): string[] {
  return [...new Set([...builtinThemeNames(templatesDir), ...projectThemeNames()])].sort();
}

/** The folder of theme `name`: the project's own when it has one, else the built-in. */
export function themeDir(name: string, templatesDir = TEMPLATES_DIR): string {
  const own = path.join(projectThemesDir(), name);
  return existsSync(path.join(own, THEME_FILE)) ? own : path.join(themesDir(templatesDir), name);
}
