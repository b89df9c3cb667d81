// Themes: tokens → CSS, extends chains and overrides, WCAG contrast maths, and every error with its position.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/util/yaml.ts';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import type { Problem } from '../../../src/errors.ts';
import { prepare } from '../../../src/pipeline.ts';
import { Problems } from '../../../src/util/problems.ts';
import { slideChrome, themeReveal } from '../../../src/theme/chrome.ts';
import { parseColor } from '../../../src/theme/color.ts';
import { checkContrast, contrastRatio, formatRatio, luminance } from '../../../src/theme/contrast.ts';
import { themeRules, themeVars, varsBlock } from '../../../src/theme/css.ts';
import { imageAspect } from '../../../src/theme/assets.ts';
import { checkDeckTheme, resolveDeckTheme } from '../../../src/theme/deck-theme.ts';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';
import { siteThemeCss } from '../../../src/theme/site-css.ts';
import { scaffoldTheme } from '../../../src/theme/scaffold.ts';
import { DEFAULT_THEME, themeNames } from '../../../src/theme/themes.ts';
import { brief, catchDeckError, lines, problemsOf, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

/** A templates folder holding the given themes: name → theme.yaml text (and theme.css). */
function templates(themes: Record<string, string | { yaml: string; css?: string; files?: Record<string, string> }>): string {
  const dir = tempDir();
  for (const [name, t] of Object.entries(themes)) {
    const d = path.join(dir, 'themes', name);
    mkdirSync(d, { recursive: true });
    const { yaml, css, files } = typeof t === 'string' ? { yaml: t, css: undefined, files: undefined } : t;
    writeFileSync(path.join(d, 'theme.yaml'), yaml);
    if (css) writeFileSync(path.join(d, 'theme.css'), css);
    for (const [f, text] of Object.entries(files ?? {})) writeFileSync(path.join(d, f), text);
  }
  return dir;
}

const BASE = lines(
  'description: a complete theme',
  'colors:',
  '  background: "#ffffff"',
  '  surface: "#f2f2f2"',
  '  border: "#cccccc"',
  '  text: "#111111"',
  '  muted: "#444444"',
  '  accent: "#0050a0"',
  '  accent-2: "#8a3000"',
  '  code-background: "#f2f2f2"',
  '  link: "#0050a0"',
  'fonts: { heading: Inter, body: Inter, mono: JetBrains Mono }',
);

/** A deck folder with deck.yaml (and optional files). Returns its folder and parsed deck.yaml. */
function deck(yaml: string, files: Record<string, string> = {}) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'deck.yaml'), yaml);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return { dir, parsed: parseYaml(yaml, 'deck.yaml') };
}

const SLIDE = ['slides:', '  - layout: title', '    title: T'];

describe('contrast (WCAG 2.x)', () => {
  it('matches known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);   // the classic "just fails AA" grey
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);   // …and the one that passes
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(contrastRatio('#000000', '#ffffff'), 10); // symmetric
  });

  it('composites translucent colours over what is behind them', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrastRatio('#808080', '#ffffff'), 1);
    expect(contrastRatio('transparent', '#123456')).toBeCloseTo(1, 5);
  });

  it('computes luminance from sRGB', () => {
    expect(luminance(parseColor('#ffffff')!)).toBeCloseTo(1, 6);
    expect(luminance(parseColor('#000')!)).toBe(0);
    expect(luminance(parseColor('#808080')!)).toBeCloseTo(0.2159, 3);
  });

  it('never rounds a ratio up past the threshold it failed', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('checks every pair the layouts draw text with', () => {
    const colors = { background: '#ffffff', surface: '#ffffff', border: '#000', text: '#000', muted: '#777777', accent: '#000', 'accent-2': '#000', 'code-background': '#fff', link: '#000', glow: 'transparent' };
    const failing = checkContrast(colors).filter((c) => !c.ok).map((c) => `${c.fg}/${c.bg}`);
    expect(failing).toEqual(['muted/background', 'muted/surface', 'muted/code-background']);
  });
});

describe('colours', () => {
  it.each([
    ['#0a7', [0, 170, 119, 1]], ['#00aa77', [0, 170, 119, 1]], ['#00aa7780', [0, 170, 119, 128 / 255]],
    ['rgb(10, 20, 30)', [10, 20, 30, 1]], ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]], ['rgba(10,20,30,0.25)', [10, 20, 30, 0.25]],
    ['hsl(0, 100%, 50%)', [255, 0, 0, 1]], ['hsl(120deg 100% 25%)', [0, 127.5, 0, 1]], ['navy', [0, 0, 128, 1]], ['Transparent', [0, 0, 0, 0]],
  ])('reads %s', (text, [r, g, b, a]) => {
    const c = parseColor(text)!;
    expect([c.r, c.g, c.b]).toEqual([r, g, b].map((v) => expect.closeTo(v!, 1)));
    expect(c.a).toBeCloseTo(a!, 3);
  });

  it.each(['#0a', '#ggg', 'blu', 'rgb(1,2)', 'hsl(10, 20, 30)', 'var(--x)', 'url(x.png)', ''])('rejects %j', (text) => {
    expect(parseColor(text)).toBeUndefined();
  });
});

describe('tokens → CSS', () => {
  const pytorch = resolveBuiltinTheme('pytorch');

  it('writes every colour token as the custom property the layouts read', () => {
    const vars = Object.fromEntries(themeVars(pytorch.tokens, pytorch.stacks));
    expect(vars).toMatchObject({
      '--podium-bg': '#0e1117', '--podium-surface': '#171c26', '--podium-surface-border': '#262d3b', '--podium-text': '#f3f4f7',
      '--podium-muted': '#aab2c2', '--podium-accent': '#f05a3a', '--podium-accent-2': '#ffb547', '--podium-code-bg': '#0a0d12',
      '--podium-link': '#ff8f70', '--podium-glow': 'rgba(238, 76, 44, 0.16)',
      '--podium-font-heading': "'Inter', 'Noto Emoji', sans-serif", '--podium-font-mono': "'JetBrains Mono', 'Noto Emoji', monospace", // the emoji font before the generic family (docs/math.md)
      '--podium-size-heading': '76px', '--podium-size-base': '42px', '--podium-weight-heading': '800', '--podium-radius': '24px',
      '--podium-space-x': '132px', '--podium-type-scale': '1',
    });
  });

  it('multiplies type sizes by the scale', () => {
    const t = { ...pytorch.tokens, type: { ...pytorch.tokens.type, scale: 1.5, heading: 80 } };
    const vars = Object.fromEntries(themeVars(t, pytorch.stacks));
    expect(vars['--podium-size-heading']).toBe('120px');
    expect(vars['--podium-size-caption']).toBe('33px');
    expect(vars['--podium-type-scale']).toBe('1.5');
  });

  it('writes a custom-property block and token-driven rules', () => {
    expect(varsBlock(':root', [['--a', '1'], ['--b', 'x']])).toBe(':root {\n  --a: 1;\n  --b: x;\n}');
    const pill = { ...pytorch.tokens, slideNumber: { format: 'c' as const, style: 'pill' as const } };
    expect(themeRules(pill)).toMatch(/\.reveal \.slide-number \{[^}]*border-radius: 999px/);
    expect(themeRules(pytorch.tokens)).toBe('');
    const logo = { ...pytorch.tokens, logo: { src: '/x.svg', position: 'bottom-left' as const, height: 40 } };
    expect(themeRules(logo, { height: 40, width: 120 }, '.g')).toBe('.g .slide-footer { left: calc(var(--podium-space-x) + 152px); }');
  });

  it('gives reveal its defaults and the slides their footer and logo', () => {
    expect(themeReveal(pytorch.tokens)).toEqual({ slideNumber: 'c/t', transition: 'slide' });
    expect(slideChrome(pytorch)).toEqual({ footer: undefined, hideFooter: false, logo: undefined });
  });

  it('builds a site stylesheet: only the faces used, relative font URLs, handout pages in their own theme', () => {
    const css = siteThemeCss(pytorch, { handout: resolveBuiltinTheme('paper') });
    expect(css).toContain("src: url(fonts/inter-latin-400-normal.woff2) format('woff2')");
    expect(css).toContain("font-family: 'Source Serif 4'");           // paper's headings, for the handout pages
    expect(css).not.toContain('Atkinson');                           // a theme nobody here uses ships nothing
    expect(css).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    expect(css).toMatch(/:root, \.handout \.reveal \{\n {2}--podium-bg: #0e1117;/);
    expect(css).toMatch(/:root:has\(> body\.handout\) \{\n {2}--podium-bg: #ffffff;/);
  });
});

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

  it('layers a deck\'s theme/ folder and then an inline theme on top of the built-in', () => {
    const dir = templates({ base: BASE, other: lines('extends: base', 'colors: { accent: "#222222" }') });
    const d = deck(lines('title: T', 'theme:', '  colors: { accent: "#003300" }', '  footer: "ACME *workshop*"', ...SLIDE), {
      'theme/theme.yaml': lines('extends: other', 'colors: { accent: "#330000", link: "#000033" }', 'logo: { src: ./logo.svg, position: bottom-left, height: 40 }'),
      'theme/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"></svg>',
    });
    const t = resolveDeckTheme(d.parsed, d.dir, { templatesDir: dir })!;
    expect(t.tokens.colors).toMatchObject({ accent: '#003300', link: '#000033', text: '#111111' });
    expect(t.tokens.footer).toBe('ACME *workshop*');
    expect(t.logo).toMatchObject({ site: 'podium/logo.svg', height: 40, width: 120 });
    expect(t.files['podium/logo.svg']).toBe(path.join(d.dir, 'theme/logo.svg'));
    expect(t).toMatchObject({ base: 'other', custom: true });
    expect(t.name).toMatch(/^other \+ .*theme \+ deck\.yaml theme$/);
    expect(slideChrome(t)).toEqual({ footer: 'ACME *workshop*', hideFooter: false, logo: { src: 'podium/logo.svg', position: 'bottom-left' } });
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

  it('an inline theme that extends an unknown theme, or disagrees with the deck\'s theme folder', () => {
    const a = deck(lines('title: T', 'theme: { extends: workshp }', ...SLIDE));
    expect(problemsOf(() => resolveDeckTheme(a.parsed, a.dir)).map(brief)).toEqual([
      { line: 2, column: 19, message: 'extends: unknown theme "workshp" (did you mean "workshop"?)' }]);
    const b = deck(lines('title: T', 'theme: paper', ...SLIDE), { 'theme/theme.yaml': lines('extends: workshop') });
    const [p] = problemsOf(() => resolveDeckTheme(b.parsed, b.dir));
    expect(p).toMatchObject({ line: 1, column: 10, message: expect.stringMatching(/theme\/theme\.yaml: extends is "workshop" but deck\.yaml: theme is "paper"; a deck's theme builds on one theme$/) });
  });

  it('leaves an unknown `theme:` name to validateDeck, which reports it once, and checks the rest on the default base', () => {
    const d = deck(lines('title: T', 'theme: pytorh', ...SLIDE));
    const problems = new Problems();
    expect(checkDeckTheme(d.parsed, d.dir, problems)?.base).toBe(DEFAULT_THEME);
    expect(problems.size).toBe(0);
  });
});

describe('prepare: the theme is part of the deck', () => {
  const project = (yaml: string, files: Record<string, string> = {}) => {
    const root = tempDir();
    const dir = path.join(root, 'slides', 'talk');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'deck.yaml'), yaml);
    for (const [f, text] of Object.entries(files)) { mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); writeFileSync(path.join(dir, f), text); }
    return root;
  };

  it('reports theme and content problems at once, in deck.yaml order, then theme files', () => {
    const root = project(lines('title: T', 'theme: { extends: pytorch, fonts: { body: Helvetica } }', 'slides:', '  - layout: bulets', '    title: x'),
      { 'theme/theme.yaml': lines('colors:', '  text: blak') });
    const e = catchDeckError(() => prepare('talk', root));
    expect(e.problems.map((p) => [p.file?.split(path.sep).at(-1), p.line, p.message.split(' (')[0]])).toEqual([
      ['deck.yaml', 2, 'fonts.body: font "Helvetica" is not installed'], // no longer hidden by theme.yaml's bad colour
      ['deck.yaml', 4, 'slide 1: unknown layout "bulets"'],
      ['theme.yaml', 2, 'colors.text: "blak" is not a colour: use #rgb, #rrggbb, rgb(…), hsl(…) or a CSS colour name such as "navy"'],
    ]);
  });

  it('sends contrast warnings to the warn sink, naming both tokens and the ratio; --strict makes them errors', () => {
    const root = project(lines('title: T', 'theme:', '  colors: { muted: "#3a3f4a" }', ...SLIDE));
    const warnings: Problem[] = [];
    const prepared = prepare('talk', root, { warn: (p) => warnings.push(p) });
    expect(prepared.deck.resolvedTheme.tokens.colors.muted).toBe('#3a3f4a');
    expect(warnings.map(brief)).toEqual([
      { line: 3, column: 20, message: 'contrast: muted #3a3f4a on background #0e1117 is 1.79:1, below 4.5:1 (WCAG AA) for subtitles and captions' },
      { line: 3, column: 20, message: 'contrast: muted #3a3f4a on surface #171c26 is 1.61:1, below 4.5:1 (WCAG AA) for card text' },
      { line: 3, column: 20, message: 'contrast: muted #3a3f4a on code-background #0a0d12 is 1.84:1, below 4.5:1 (WCAG AA) for code comments' },
    ]);
    expect(warnings[0]!.hint).toContain('--strict');
    const strict = catchDeckError(() => prepare('talk', root, { strict: true, warn: () => { throw new Error('not a warning now'); } }));
    expect(strict.problems).toHaveLength(3);
    expect(strict.exitCode).toBe(1);
  });

  it('uses the deck\'s theme/ folder without a `theme:` line', () => {
    const root = project(lines('title: T', ...SLIDE), { 'theme/theme.yaml': lines('extends: paper', 'footer: Team offsite') });
    const { deck: d } = prepare('talk', root);
    expect(d.resolvedTheme).toMatchObject({ base: 'paper', custom: true, tokens: { footer: 'Team offsite', colors: { background: '#ffffff' } } });
  });
});

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

it('reads logo proportions from SVG, PNG and JPEG headers', () => {
  const dir = tempDir();
  const f = (name: string, data: string | Buffer) => { const p = path.join(dir, name); writeFileSync(p, data); return p; };
  expect(imageAspect(f('a.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"></svg>'))).toBe(4);
  expect(imageAspect(f('b.svg', '<svg viewBox="0 0 90 30"/>'))).toBe(3);
  const png = Buffer.alloc(24); png.write('\x89PNG', 0, 'latin1'); png.writeUInt32BE(300, 16); png.writeUInt32BE(100, 20);
  expect(imageAspect(f('c.png', png))).toBe(3);
  const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 200, 3, 0, 0, 0, 0]);
  expect(imageAspect(f('d.jpg', jpg))).toBe(4);
});
