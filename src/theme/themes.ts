// Themes: a folder templates/themes/<name>/ with theme.css (custom properties + optional rules).
// The themes issue adds theme.yaml tokens; this module is where a name becomes files.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.ts';

export function themeNames(templatesDir = TEMPLATES_DIR): string[] {
  const dir = path.join(templatesDir, 'themes');
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'theme.css'))).sort() : [];
}

export function themeCssPath(name: string, templatesDir = TEMPLATES_DIR): string {
  return path.join(templatesDir, 'themes', name, 'theme.css');
}
