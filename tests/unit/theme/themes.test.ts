// Where themes live: built-in, the project's own ./themes/ (overriding a built-in of the same name).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinThemeNames, projectThemeNames, projectThemesDir, themesDir } from '../../../src/theme/themes.ts';
import { BASE } from './_theme.ts';
import { useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('theme folders', () => {
  it('names the folders holding a theme.yaml, sorted', () => {
    const templates = tempDir();
    for (const n of ['zeta', 'alpha', 'no-yaml']) mkdirSync(path.join(themesDir(templates), n), { recursive: true });
    writeFileSync(path.join(themesDir(templates), 'zeta', 'theme.yaml'), BASE);
    writeFileSync(path.join(themesDir(templates), 'alpha', 'theme.yaml'), BASE);
    expect(builtinThemeNames(templates)).toEqual(['alpha', 'zeta']);
  });

  it('finds the project\'s own themes in ./themes/', () => {
    const root = tempDir();
    expect(projectThemeNames(root)).toEqual([]);
    mkdirSync(path.join(projectThemesDir(root), 'acme'), { recursive: true });
    writeFileSync(path.join(projectThemesDir(root), 'acme', 'theme.yaml'), BASE);
    expect(projectThemesDir(root)).toBe(path.join(root, 'themes'));
    expect(projectThemeNames(root)).toEqual(['acme']);
  });

  it('the built-ins are Podium\'s four', () => {
    expect(builtinThemeNames()).toEqual(['corporate', 'paper', 'pytorch', 'workshop']);
  });
});
