// Shared helpers for integration and browser tests: fixture paths, temp folders, built-site DOM.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/decks');
export const PYTORCH = path.join(ROOT, 'slides/pytorch-lessons');
export const fixture = (name: string) => path.join(FIXTURES, name);

export function tempDir(prefix = 'podium-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A throwaway project: <tmp>/slides/<name>/ copied from a fixture deck. Returns the project root. */
export function tempProject(deckDir: string, name = path.basename(deckDir)): { root: string; deckDir: string; cleanup: () => void } {
  const root = tempDir();
  const dir = path.join(root, 'slides', name);
  cpSync(deckDir, dir, { recursive: true });
  return { root, deckDir: dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function deckYaml(deckDir: string): { slides: Array<Record<string, unknown>> } & Record<string, unknown> {
  return parse(readFileSync(path.join(deckDir, 'deck.yaml'), 'utf8'));
}

export function siteDom(outDir: string): Document {
  return parseHTML(readFileSync(path.join(outDir, 'index.html'), 'utf8')).document as unknown as Document;
}
