// A deck's theme: the built-in, the deck's theme/ folder and an inline theme, layered; their disagreements.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slideChrome } from '../../../src/theme/chrome.ts';
import { checkDeckTheme, resolveDeckTheme } from '../../../src/theme/deck-theme.ts';
import { DEFAULT_THEME } from '../../../src/theme/themes.ts';
import { Problems } from '../../../src/util/problems.ts';
import { brief, lines, problemsOf, useTempDirs } from '../_support.ts';
import { BASE, SLIDE, themeFixtures } from './_theme.ts';

const tempDir = useTempDirs();
const { templates, deck } = themeFixtures(tempDir);

describe('extends and overrides', () => {
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
});

describe('errors, with their file:line:col', () => {
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
