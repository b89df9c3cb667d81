// Reading theme files: theme.yaml (parsed with positions, like deck.yaml) and the optional theme.css beside
// it. The only theme I/O besides fonts.ts (installed packages) and resolve.ts (logo and asset checks).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYaml, type ParsedYaml } from '../util/yaml.ts';
import { THEME_CSS, THEME_FILE } from './themes.ts';
import { displayPath } from '../util/paths.ts';
import { readTextFile } from '../util/read-text.ts';

export interface ThemeFile {
  /** folder holding theme.yaml: relative paths in it (logo, theme.css urls) start here */
  dir: string;
  file: string;
  parsed: ParsedYaml;
  css?: { file: string; displayFile: string; text: string };
}

const readText = (file: string) => readTextFile(file); // size, folder and UTF-8 checks, as for decks

export function loadThemeFile(dir: string): ThemeFile {
  const file = path.join(dir, THEME_FILE);
  const parsed = parseYaml(readText(file), displayPath(file));
  const cssFile = path.join(dir, THEME_CSS);
  const css = existsSync(cssFile) ? { file: cssFile, displayFile: displayPath(cssFile), text: readText(cssFile) } : undefined;
  return { dir, file, parsed, css };
}
