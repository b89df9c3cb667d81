// The commands as the README lists them: every `npm run <x>` in README.md and docs/ is a script of
// package.json, and `npm run check`, `npm run themes`, `npm run theme -- new x` really run their command
// (arguments after `--` included). `check` renders in Chromium, hence a browser test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, tempProject } from '../support/decks.ts';
import { STACK } from '../support/cli.ts';

const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** `npm run <args>` in this repository, as a user types it. */
function npmRun(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm scripts', () => {
  it('has a script for every `npm run <x>` the README and docs/ mention', () => {
    const docs = existsSync(path.join(ROOT, 'docs')) ? readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f)) : [];
    const named = new Set<string>();
    for (const file of [path.join(ROOT, 'README.md'), ...docs]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/npm run ([a-z][\w:-]*)/g)) named.add(m[1]!);
    }
    for (const name of ['check', 'themes', 'theme']) expect(scripts[name], name).toBe(`node scripts/podium.mjs ${name}`);
    expect([...named].filter((n) => scripts[n] === undefined)).toEqual([]);
  });

  it('`npm run check -- <deck>` checks the deck', () => {
    const r = npmRun(['check', '--', fixture('all-layouts'), '--json']);
    expect(r.stderr).not.toMatch(STACK);
    const report = JSON.parse(r.stdout) as { version: number; deck: string; findings: unknown[] };
    expect(report.version).toBe(1);
    expect(report.deck).toBe('all-layouts');
    expect(Array.isArray(report.findings)).toBe(true);
  }, 120_000);

  it('`npm run themes -- <deck> --out <dir>` writes the theme gallery', () => {
    const project = tempProject(fixture('all-layouts'), 'gallery');
    try {
      const out = path.join(project.root, 'themes-out');
      const r = npmRun(['themes', '--', project.deckDir, '--out', out, '--slides', '1']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\d+ themes → /);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('data-theme="workshop"');
    } finally {
      project.cleanup();
    }
  }, 120_000);

  it('`npm run theme -- new x` scaffolds a theme, and its usage errors exit 2', () => {
    const project = tempProject(fixture('all-layouts'), 'themed');
    try {
      const r = npmRun(['theme', '--', 'new', 'x', '--deck', project.deckDir, '--extends', 'workshop']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^created .*theme\/theme\.yaml/m);
      expect(readFileSync(path.join(project.deckDir, 'theme', 'theme.yaml'), 'utf8')).toMatch(/^extends: workshop$/m);
      const bad = npmRun(['theme', '--', 'new']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('theme new: give the theme a name');
    } finally {
      project.cleanup();
    }
  }, 60_000);
});
