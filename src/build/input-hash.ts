// What a deck's output depends on, as one hash: the deck folder's files, the theme folders it may draw on
// (built-in themes and layouts live in templates/, the project's own in ./themes/, the deck's own in its
// theme/ folder), Podium's own version and the options that shape the output. `build --all` and
// `export --all` skip a deck whose hash equals the one stamped on its last successful output
// (src/build/stamp.ts); `--watch` watches exactly these folders (deckInputDirs).
// Contents are hashed, not modification times: a fresh CI checkout has new mtimes and the same inputs.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IS_CHECKOUT, PKG_ROOT, TEMPLATES_DIR } from '../paths.ts';
import { projectThemesDir } from '../theme/themes.ts';

/** Folders never read as input: VCS data, dependencies, dotfiles (editor swap files, our own temp files). */
const skip = (name: string) => name.startsWith('.') || name === 'node_modules' || name.endsWith('~');

function hashTree(hash: Hash, dir: string, base = dir): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { hash.update(`missing ${dir}\0`); return; }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (skip(e.name)) continue;
    const file = path.join(dir, e.name);
    if (e.isDirectory()) hashTree(hash, file, base);
    else if (e.isFile() || e.isSymbolicLink()) {
      hash.update(path.relative(base, file)).update('\0');
      try { hash.update(readFileSync(file)); } catch { hash.update('unreadable'); }
      hash.update('\0');
    }
  }
}

/** Shared folders (templates, ./themes/, Podium's sources) are hashed once per process. */
const shared = new Map<string, string>();
function folderHash(dir: string): string {
  let h = shared.get(dir);
  if (h === undefined) {
    const hash = createHash('sha256');
    hashTree(hash, dir);
    shared.set(dir, (h = hash.digest('hex')));
  }
  return h;
}

/** Podium itself: its version, and in a source checkout its sources and lockfile (an edit changes the output). */
let version: string | undefined;
function podiumVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256').update(readFileSync(path.join(PKG_ROOT, 'package.json')));
    if (IS_CHECKOUT) hash.update(folderHash(path.join(PKG_ROOT, 'src'))).update(readFileSync(path.join(PKG_ROOT, 'package-lock.json')));
    version = hash.digest('hex');
  }
  return version;
}

/** The folders a deck's output is made from: the deck, Podium's templates (layouts, built-in themes), ./themes/. */
export function deckInputDirs(deckDir: string, root = process.cwd()): string[] {
  return [deckDir, TEMPLATES_DIR, projectThemesDir(root)];
}

/**
 * The hash of everything `deckDir`'s output depends on. `themeDirs`: the theme folders besides the deck's own
 * (deckInputDirs gives them); `options`: whatever else shapes the output (flags, command).
 */
export function inputHash(deckDir: string, themeDirs: string[], options: Record<string, unknown> = {}): string {
  const hash = createHash('sha256');
  hash.update(`podium\0${podiumVersion()}\0templates\0${folderHash(TEMPLATES_DIR)}\0`);
  for (const dir of themeDirs) if (dir !== deckDir && dir !== TEMPLATES_DIR) hash.update(`theme ${dir}\0${folderHash(dir)}\0`);
  hash.update(`options\0${JSON.stringify(options, Object.keys(options).sort())}\0deck\0`);
  hashTree(hash, deckDir);
  return hash.digest('hex').slice(0, 32);
}

/** The build options that shape a site: part of its hash (build --all's record; an export --all builds the same site). */
export const siteShape = (o: { strict?: boolean; og?: boolean }) => ({ strict: Boolean(o.strict), og: Boolean(o.og) });

/** The hash every build stamps its site with (kind `build`): an export finds the site fresh when it matches. */
export const siteHash = (deckDir: string, root: string, o: { strict?: boolean; og?: boolean }): string =>
  inputHash(deckDir, deckInputDirs(deckDir, root), { kind: 'build', ...siteShape(o) });

/** Forget the shared folders' hashes (a long-running process whose templates or themes changed). */
export const forgetSharedHashes = () => { shared.clear(); version = undefined; };
