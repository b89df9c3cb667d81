// Stage 1 — load: find the deck folder and read deck.yaml as text. The only I/O before parsing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../errors.ts';
import { command } from '../util/hint.ts';
import { listDecks } from './decks.ts';

export interface DeckSource {
  /** absolute folder of the deck */
  dir: string;
  /** deck name (folder name) — also the output folder under dist/ */
  name: string;
  /** absolute path of deck.yaml */
  file: string;
  /** path shown in messages: relative to cwd when inside it */
  displayFile: string;
  text: string;
}

/** Largest deck.yaml or Markdown body read: beyond this it is not a talk, and the dev server would crawl. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** The deck used when none is named: the only one under ./slides/. */
export function defaultDeck(root = process.cwd()): string {
  const decks = listDecks(root);
  if (decks.length === 1) return decks[0]!;
  return decks.length
    ? fail(`several decks under slides/ (${decks.join(', ')}): name the one you mean`, undefined, `e.g. \`${command(`build ${decks[0]}`, root)}\``)
    : fail('no deck here: there is no slides/<name>/deck.yaml under this folder', undefined, `create one with \`${command('new my-talk', root)}\``);
}

/** `[deck]` is a name under `<root>/slides/` or a path to a folder holding deck.yaml; none: the only deck. */
export function resolveDeckDir(deck: string | undefined, root = process.cwd()): string {
  const arg = deck ?? defaultDeck(root);
  const candidates = [path.resolve(root, arg), path.resolve(root, 'slides', arg)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'deck.yaml'))) return dir;
    if (dir.endsWith('deck.yaml') && existsSync(dir) && statSync(dir).isFile()) return path.dirname(dir);
  }
  const asPath = path.isAbsolute(arg) || arg.includes('/') || arg.includes(path.sep);
  return fail(asPath ? `no deck at ${arg}: there is no ${path.join(arg, 'deck.yaml')}`
    : `no deck "${arg}": expected slides/${arg}/deck.yaml or a folder with a deck.yaml`, undefined,
  `run \`${command(`new ${asPath ? '<name>' : arg}`, root)}\` to create one`);
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    // overlong 3-byte, surrogates, overlong 4-byte, beyond U+10FFFF
    if ((c === 0xe0 && b[i + 1]! < 0xa0) || (c === 0xed && b[i + 1]! > 0x9f) || (c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

/** UTF-8 bytes → text (a BOM is dropped). Anything else is a DeckError at the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return fail('file is UTF-16 text, not UTF-8', { file, line: 1, column: 1 }, 'save it as UTF-8');
    }
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.reduce((n, c) => n + (c === 0x0a ? 1 : 0), 1);
    const column = new TextDecoder().decode(before.subarray(lineStart)).length + 1;
    const source = new TextDecoder().decode(bytes); // bad bytes shown as �
    return fail('file is not valid UTF-8 text', { file, line, column, source },
      `byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} here is not UTF-8: save the file as UTF-8 (it looks like another encoding, such as Latin-1 or Windows-1252)`);
  }
}

/** Reads a text file the deck names, refusing folders, huge files and unreadable ones with a DeckError. */
export function readTextFile(abs: string, shown = displayPath(abs)): string {
  const at = { file: shown, line: 1, column: 1 };
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(abs);
  } catch (e) {
    return fail(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, at);
  }
  if (!st.isFile()) return fail(st.isDirectory() ? 'is a folder, not a file' : 'is not a regular file', at);
  const size = st.size;
  if (size > MAX_FILE_BYTES) {
    return fail(`file is ${(size / 1024 / 1024).toFixed(1)} MB; Podium reads at most ${MAX_FILE_BYTES / 1024 / 1024} MB`, at,
      'a talk this large is almost certainly a mistake: split it, or move big data out of the deck');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    return fail(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, at);
  }
  return decodeUtf8(bytes, shown);
}

export function loadDeck(deck: string | undefined, root = process.cwd()): DeckSource {
  const dir = resolveDeckDir(deck, root);
  const file = path.join(dir, 'deck.yaml');
  const displayFile = displayPath(file);
  const text = readTextFile(file, displayFile);
  return { dir, name: path.basename(dir), file, displayFile, text };
}
