// `podium theme new`: a commented theme.yaml that resolves to the theme it extends; its refusals.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';
import { scaffoldTheme } from '../../../src/theme/scaffold.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';
import { BASE, themeFixtures } from './_theme.ts';

const tempDir = useTempDirs();
const { templates } = themeFixtures(tempDir);

describe('podium theme new', () => {
  it('writes a commented theme.yaml that resolves to the theme it extends', () => {
    const dir = templates({ base: BASE });
    const project = tempDir();
    const written = scaffoldTheme('acme', { extends: 'base', templatesDir: dir, root: project });
    expect(written).toBe(path.join(project, 'themes/acme/theme.yaml')); // the project's ./themes/, not Podium's own
    const text = readFileSync(written, 'utf8');
    const file = path.join(dir, 'themes/acme/theme.yaml'); // resolved here as a theme next to its base
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    expect(text).toMatch(/^# acme — a Podium theme/);
    expect(text).toContain('  # accent: "#0050a0"');
    expect(text).toContain('# footer: "ACME tech-lead workshop"');
    expect(parse(text)).toMatchObject({ extends: 'base' });
    expect(resolveBuiltinTheme('acme', { templatesDir: dir }).tokens).toEqual(resolveBuiltinTheme('base', { templatesDir: dir }).tokens);
    // every commented token, uncommented, is valid as it stands
    const all = text.replace(/^(\s*)# (\S+: )/gm, '$1$2').replace(/^\s*#.*$/gm, '').replace(/^(logo|footer): .*$/gm, '');
    expect(() => resolveBuiltinTheme('acme', { templatesDir: dir })).not.toThrow();
    writeFileSync(file, all);
    expect(resolveBuiltinTheme('acme', { templatesDir: dir }).tokens.colors).toEqual(resolveBuiltinTheme('base', { templatesDir: dir }).tokens.colors);
  });

  it('refuses a bad name, an unknown base, a theme extending itself, an existing theme', () => {
    const dir = templates({ base: BASE });
    expect(catchDeckError(() => scaffoldTheme('Acme!', { templatesDir: dir })).message).toContain('lower-case letters');
    expect(catchDeckError(() => scaffoldTheme('acme', { extends: 'bse', templatesDir: dir })).message).toBe('--extends: unknown theme "bse" (did you mean "base"?)');
    const project = tempDir();
    expect(catchDeckError(() => scaffoldTheme('base', { extends: 'base', templatesDir: dir, root: project })).message).toMatch(/cannot extend itself/);
    scaffoldTheme('acme', { extends: 'base', templatesDir: dir, root: project });
    expect(catchDeckError(() => scaffoldTheme('acme', { extends: 'base', templatesDir: dir, root: project })).message).toMatch(/already exists/);
  });
});
