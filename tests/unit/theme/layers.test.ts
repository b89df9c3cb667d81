// Theme layers: a theme.yaml as a layer (its problems collected, what is fine salvaged), a built-in chain.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/errors.ts';
import { builtinChain, fileLayer, isMapping } from '../../../src/theme/layers.ts';
import { brief, lines, useTempDirs } from '../_support.ts';
import { BASE, themeFixtures } from './_theme.ts';

const tempDir = useTempDirs();
const { templates } = themeFixtures(tempDir);

describe('fileLayer', () => {
  it('reads a theme.yaml into a layer', () => {
    const dir = templates({ base: BASE });
    const problems: Problem[] = [];
    const layer = fileLayer(path.join(dir, 'themes/base'), 'base', 'builtin', dir, problems)!;
    expect(problems).toEqual([]);
    expect(layer).toMatchObject({ name: 'base', kind: 'builtin', at: [], data: { colors: { accent: '#0050a0' } } });
  });

  it('collects its problems in file order and keeps the tokens that are fine', () => {
    const dir = templates({ t: lines('colors:', '  accent: blu', '  text: "#000"', 'fonts: { body: Inter }', 'radius: huge') });
    const problems: Problem[] = [];
    const layer = fileLayer(path.join(dir, 'themes/t'), 't', 'builtin', dir, problems)!;
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[2, 'colors.accent'], [5, 'radius']]);
    expect(layer.data).toEqual({ colors: { text: '#000' }, fonts: { body: 'Inter' } });
  });

  it('is no layer when theme.yaml is not a mapping', () => {
    const dir = templates({ t: '- a list\n' });
    const problems: Problem[] = [];
    expect(fileLayer(path.join(dir, 'themes/t'), 't', 'builtin', dir, problems)).toBeUndefined();
    expect(problems.map(brief)).toEqual([{ line: 1, column: 1, message: 'theme.yaml must be a mapping of tokens (colors, fonts, type, …)' }]);
    expect(isMapping({})).toBe(true);
    expect(isMapping([])).toBe(false);
    expect(isMapping(null)).toBe(false);
  });
});

describe('builtinChain', () => {
  it('is the theme and everything it extends, root first', () => {
    const dir = templates({ base: BASE, mid: lines('extends: base'), top: lines('extends: mid') });
    const problems: Problem[] = [];
    expect(builtinChain('top', { templatesDir: dir }, problems)?.map((l) => l.name)).toEqual(['base', 'mid', 'top']);
    expect(problems).toEqual([]);
  });

  it('reports a cycle and an unknown parent at the extends line', () => {
    const dir = templates({ a: lines('extends: b'), b: lines('extends: a'), c: lines('extends: nope') });
    const problems: Problem[] = [];
    expect(builtinChain('a', { templatesDir: dir }, problems)).toBeUndefined();
    expect(builtinChain('c', { templatesDir: dir }, problems)).toBeUndefined();
    expect(problems.map(brief)).toEqual([
      { line: 1, column: 10, message: 'extends: "a" makes a cycle: a → b → a' },
      { line: 1, column: 10, message: 'extends: unknown theme "nope"' },
    ]);
  });
});
