// Fixtures shared by the theme unit tests (not a test file itself): theme folders and deck folders in temp dirs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../src/util/yaml.ts';
import { lines } from '../_support.ts';

/** A complete theme.yaml. */
export const BASE = lines(
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

export const SLIDE = ['slides:', '  - layout: title', '    title: T'];

/** Fixture makers writing into folders from the test file's `useTempDirs()`. */
export function themeFixtures(tempDir: () => string) {
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

  return { templates, deck };
}
