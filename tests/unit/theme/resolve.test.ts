// Resolving a theme: the built-in themes, extends chains and overrides, and every error at its file:line:col.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import type { Problem } from '../../../src/errors.ts';
import { slideChrome } from '../../../src/theme/chrome.ts';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';
import { siteThemeCss } from '../../../src/theme/site-css.ts';
import { themeNames } from '../../../src/theme/themes.ts';
import { brief, lines, problemsOf, useTempDirs } from '../_support.ts';
import { BASE, SLIDE, themeFixtures } from './_theme.ts';

const tempDir = useTempDirs();

const { templates, deck } = themeFixtures(tempDir);

describe('built-in themes', () => {
  it('are the four of the issue, each complete, with its fonts installed and AA contrast', () => {
    expect(themeNames()).toEqual(['corporate', 'paper', 'pytorch', 'workshop']);
    for (const name of themeNames()) {
      const t = resolveBuiltinTheme(name);
      expect(t.warnings, name).toEqual([]);
      expect(t.contrast.every((c) => c.ok && c.ratio >= 4.5), name).toBe(true);
      expect(t.description, name).toBeTruthy();
      expect(t.faces.length, name).toBeGreaterThan(4);
    }
  });
});

describe('extends and overrides', () => {
  it('merges a chain token by token, root first', () => {
    const dir = templates({
      base: BASE,
      mid: lines('extends: base', 'colors: { accent: "#003366" }', 'type: { scale: 1.2 }', 'footer: Mid footer'),
      top: lines('extends: mid', 'colors:', '  link: "#002244"', 'fonts: { heading: Source Serif 4 }', 'slide-number: { style: pill }'),
    });
    const t = resolveBuiltinTheme('top', { templatesDir: dir });
    expect(t.tokens.colors).toMatchObject({ background: '#ffffff', accent: '#003366', link: '#002244', glow: 'transparent' });
    expect(t.tokens.fonts).toEqual({ heading: 'Source Serif 4', body: 'Inter', mono: 'JetBrains Mono' });
    expect(t.tokens.type).toMatchObject({ scale: 1.2, heading: 76 });
    expect(t.tokens.footer).toBe('Mid footer');
    expect(t.tokens.slideNumber).toEqual({ format: 'c/t', style: 'pill' });
    expect(t).toMatchObject({ name: 'top', base: 'top', custom: false, description: 'a complete theme' });
  });

  it('lets `footer: false` hide the footer and `logo: false` drop an inherited logo', () => {
    const dir = templates({ base: { yaml: `${BASE}logo: ./l.png\n`, files: { 'l.png': 'x' } }, bare: lines('extends: base', 'footer: false', 'logo: false') });
    const t = resolveBuiltinTheme('bare', { templatesDir: dir });
    expect(slideChrome(t)).toEqual({ footer: undefined, hideFooter: true, logo: undefined });
    expect(Object.keys(t.files).some((f) => f.includes('logo'))).toBe(false);
  });

  it('copies what a theme.css points at and rewrites the URL; refuses remote URLs at their line', () => {
    const dir = templates({ base: { yaml: BASE, css: '.x { background: url("img/bg.svg"); }\n', files: {} } });
    mkdirSync(path.join(dir, 'themes/base/img'));
    writeFileSync(path.join(dir, 'themes/base/img/bg.svg'), '<svg/>');
    const t = resolveBuiltinTheme('base', { templatesDir: dir });
    expect(t.files['podium/theme-assets/base/img/bg.svg']).toBe(path.join(dir, 'themes/base/img/bg.svg'));
    expect(siteThemeCss(t)).toContain(".x { background: url('theme-assets/base/img/bg.svg'); }");
    const bad = templates({ base: { yaml: BASE, css: '.a {}\n.b { background: url(https://cdn.example/x.png); }\n' } });
    expect(problemsOf(() => resolveBuiltinTheme('base', { templatesDir: bad })).map(brief)).toEqual([
      { line: 2, column: 18, message: 'theme.css: "https://cdn.example/x.png" is a remote URL; the deck must work offline' },
    ]);
  });
});

describe('errors, with their file:line:col', () => {
  const fileOf = (p: Problem) => p.file?.split(path.sep).slice(-2).join('/');

  it('a bad colour, an unknown token with "did you mean", an unquoted hex colour', () => {
    const dir = templates({ base: BASE, acme: lines('extends: base', 'colors:', '  accent: "#0a7g"', '  acent: "#000"', '  link: #0a7', 'type: { heading: huge }') });
    const problems = problemsOf(() => resolveBuiltinTheme('acme', { templatesDir: dir }));
    expect(problems.map(fileOf)).toEqual(Array(4).fill('acme/theme.yaml'));
    expect(problems.map(brief)).toEqual([
      { line: 3, column: 11, message: 'colors.accent: "#0a7g" is not a colour: use #rgb, #rrggbb, rgb(…), hsl(…) or a CSS colour name such as "navy"' },
      { line: 4, column: 3, message: 'colors.acent: unknown field (did you mean "accent"?)' },
      { line: 5, column: 9, message: 'colors.link: is empty: YAML reads # as the start of a comment, so quote hex colours ("#0a7")' },
      { line: 6, column: 18, message: 'type.heading: "huge" is not a size: write px, like 44 or "44px"' },
    ]);
    expect(problems[1]!.hint).toContain('allowed here: background, surface, border, text, muted, accent');
    expect(problems[0]!.source).toContain('acent');
  });

  it('an unknown theme to extend, a cycle, a theme that is not complete', () => {
    const dir = templates({ base: BASE, a: lines('# a', 'extends: b'), b: lines('extends: a'), c: lines('extends: bsae'), d: lines('colors: { text: "#000" }') });
    expect(problemsOf(() => resolveBuiltinTheme('c', { templatesDir: dir })).map(brief)).toEqual([
      { line: 1, column: 10, message: 'extends: unknown theme "bsae" (did you mean "base"?)' }]);
    expect(problemsOf(() => resolveBuiltinTheme('a', { templatesDir: dir })).map(brief)).toEqual([
      { line: 1, column: 10, message: 'extends: "a" makes a cycle: a → b → a' }]);
    const [p] = problemsOf(() => resolveBuiltinTheme('d', { templatesDir: dir }));
    expect(p).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^theme "d" does not set colors\.background, colors\.surface, .*fonts\.heading, fonts\.body, fonts\.mono$/) });
    expect(p!.hint).toContain('extends: pytorch');
  });

  it('a font that is not installed, at the line that names it, with the fix', () => {
    const dir = templates({ base: BASE, f: lines('extends: base', 'fonts:', '  body: Intr', '  mono: Comic Mono') });
    const problems = problemsOf(() => resolveBuiltinTheme('f', { templatesDir: dir }));
    expect(problems.map(brief)).toEqual([
      { line: 3, column: 9, message: 'fonts.body: font "Intr" is not installed (did you mean "Inter"?)' },
      { line: 4, column: 9, message: 'fonts.mono: font "Comic Mono" is not installed' },
    ]);
    expect(problems[1]!.hint).toMatch(/npm install @fontsource\/comic-mono.*use one of: .*Inter, JetBrains Mono/);
  });

  it('a logo that is missing, remote, outside the theme folder or not an image', () => {
    const dir = templates({ base: BASE, l1: lines('extends: base', 'logo: ./nope.svg'), l2: lines('extends: base', 'logo: { src: "https://x.io/l.svg" }'),
      l3: lines('extends: base', 'logo: ../base/theme.yaml'), l4: lines('extends: base', 'logo: ../../outside.svg') });
    writeFileSync(path.join(dir, 'outside.svg'), '<svg/>');
    expect(problemsOf(() => resolveBuiltinTheme('l1', { templatesDir: dir }))[0]).toMatchObject({ line: 2, column: 7, message: expect.stringMatching(/^logo: file not found: .*nope\.svg$/) });
    expect(problemsOf(() => resolveBuiltinTheme('l2', { templatesDir: dir }))[0]).toMatchObject({ line: 2, column: 14, message: 'logo: "https://x.io/l.svg" is a remote URL; the deck must work offline' });
    expect(problemsOf(() => resolveBuiltinTheme('l3', { templatesDir: dir }))[0]).toMatchObject({ message: 'logo: "../base/theme.yaml" is not an image (svg, png, jpg, gif, webp or avif)' });
    expect(problemsOf(() => resolveBuiltinTheme('l4', { templatesDir: dir }))[0]).toMatchObject({ message: expect.stringMatching(/^logo: "\.\.\/\.\.\/outside\.svg" points outside /) });
  });

  it('an inline theme in deck.yaml is checked at its deck.yaml positions, with the content', () => {
    const { parsed } = deck(lines('title: T', 'theme:', '  extends: pytorch', '  colors: { accent: "#0a7", acent: red }', '  footr: x', ...SLIDE.slice(0, 2), '    titel: T'));
    const problems = problemsOf(() => validateDeck(parsed, { layouts: builtinLayouts, themes: themeNames() }));
    expect(problems.map(brief)).toEqual([
      { line: 4, column: 29, message: 'theme.colors.acent: unknown field (did you mean "accent"?)' },
      { line: 5, column: 3, message: 'theme.footr: unknown field (did you mean "footer"?)' },
      { line: 8, column: 5, message: 'slide 1 (title): titel: unknown field (did you mean "title"?)' }, // not also "title: is required"
    ]);
  });
});

