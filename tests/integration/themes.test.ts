// The theme commands as a user runs them: `podium theme new`, `podium themes`, `--strict`, and theme errors
// printed with file:line:col and a code frame, exit codes included.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { podium, STACK } from '../support/cli.ts';
import { tempDir } from '../support/decks.ts';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

function deck(name: string, yaml: string[], files: Record<string, string> = {}): string {
  const dir = path.join(root, 'slides', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'deck.yaml'), [...yaml, ''].join('\n'));
  for (const [f, text] of Object.entries(files)) { mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); writeFileSync(path.join(dir, f), text); }
  return dir;
}
const SLIDES = ['slides:', '  - { layout: title, title: Hello }', '  - { layout: bullets, title: Points, items: [one, two] }'];

describe('podium build and the theme', () => {
  it('warns about low contrast on stderr and builds; --strict makes it an error and writes nothing', () => {
    deck('low', ['title: Low', 'theme:', '  extends: paper', '  colors: { muted: "#aaaaaa" }', ...SLIDES]);
    const ok = podium(['build', 'low'], { cwd: root });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('warning: slides/low/deck.yaml:4:20  contrast: muted #aaaaaa on background #ffffff is 2.32:1, below 4.5:1 (WCAG AA) for subtitles and captions');
    expect(ok.stderr).toContain('> 4 |   colors: { muted: "#aaaaaa" }');
    rmSync(path.join(root, 'dist', 'low'), { recursive: true, force: true });
    const strict = podium(['build', 'low', '--strict'], { cwd: root });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^slides\/low\/deck\.yaml:4:20 {2}contrast: muted #aaaaaa on background #ffffff is 2\.32:1/m);
    expect(strict.stderr).not.toContain('warning:');
    expect(strict.stderr).not.toMatch(STACK);
    expect(existsSync(path.join(root, 'dist', 'low'))).toBe(false);
    const pdf = podium(['pdf', 'low', '--strict'], { cwd: root });
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('contrast: muted #aaaaaa');
  });

  it('prints every theme problem with its position and a code frame, exit 1', () => {
    deck('broken', ['title: Broken', ...SLIDES], { 'theme/theme.yaml': 'extends: pytorch\nfonts:\n  body: Helvetica\ncolors: { acent: "#0a7" }\n' });
    const r = podium(['build', 'broken'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('slides/broken/theme/theme.yaml:4:11  colors.acent: unknown field (did you mean "accent"?)');
    expect(r.stderr).toContain('> 4 | colors: { acent: "#0a7" }');
    expect(r.stderr).not.toMatch(STACK);
    deck('font', ['title: Font', ...SLIDES], { 'theme/theme.yaml': 'extends: pytorch\nfonts:\n  body: Helvetica\n' });
    const f = podium(['build', 'font'], { cwd: root });
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('slides/font/theme/theme.yaml:3:9  fonts.body: font "Helvetica" is not installed');
    expect(f.stderr).toContain('hint: fonts are bundled, never fetched: `npm install @fontsource/helvetica`');
  });
});

describe('podium theme new', () => {
  it('scaffolds a deck\'s own theme that the build then uses', () => {
    deck('own', ['title: Own', ...SLIDES]);
    const r = podium(['theme', 'new', 'acme', '--extends', 'workshop', '--deck', 'own'], { cwd: root });
    expect(r.code).toBe(0);
    const file = path.join(root, 'slides/own/theme/theme.yaml');
    expect(r.stdout).toContain('created ./slides/own/theme/theme.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# footer: "ACME tech-lead workshop"', 'footer: "ACME tech-lead workshop"'));
    expect(podium(['build', 'own'], { cwd: root }).code).toBe(0);
    const html = readFileSync(path.join(root, 'dist/own/index.html'), 'utf8');
    expect(html).toContain('class="podium theme-workshop');
    expect(html.match(/<span class="footer-text">ACME tech-lead workshop<\/span>/g)).toHaveLength(2);
    expect(readFileSync(path.join(root, 'dist/own/podium/theme.css'), 'utf8')).toContain("'Atkinson Hyperlegible'");
    expect(podium(['theme', 'new', 'acme', '--deck', 'own'], { cwd: root })).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
  });

  it('refuses an unknown action or base with a usage or input error', () => {
    expect(podium(['theme', 'frob', 'x'], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringContaining('theme: unknown action "frob"') });
    expect(podium(['theme', 'new', 'x', '--extends', 'papr'], { cwd: root })).toMatchObject({ code: 1, stderr: expect.stringContaining('--extends: unknown theme "papr" (did you mean "paper"?)') });
  });
});

it('podium themes builds the gallery of every theme', () => {
  deck('gal', ['title: Gallery', 'theme: { extends: corporate, footer: Ours }', ...SLIDES]);
  const r = podium(['themes', 'gal'], { cwd: root });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('5 themes → ./dist/themes/index.html');
  const html = readFileSync(path.join(root, 'dist/themes/index.html'), 'utf8');
  for (const name of ['this-deck', 'corporate', 'paper', 'pytorch', 'workshop']) expect(html).toContain(`data-theme="${name}"`);
  expect(podium(['themes', 'gal', '--slides', 'x'], { cwd: root }).code).toBe(2);
});
