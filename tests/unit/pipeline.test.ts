// prepare (src/pipeline.ts): the theme is part of the deck — theme and content problems together, contrast
// warnings to the warn sink, the deck's theme/ folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.ts';
import { prepare } from '../../src/pipeline.ts';
import { brief, catchDeckError, lines, useTempDirs } from './_support.ts';

const tempDir = useTempDirs();
const SLIDE = ['slides:', '  - layout: title', '    title: T'];

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
