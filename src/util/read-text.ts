// Reading a text file a deck or theme names: UTF-8 only, no folders, no huge files — each refusal a
// DeckError at the file (and, for bad bytes, at the first bad byte's line and column).
import { readFileSync, statSync } from 'node:fs';
import { fail } from '../errors.ts';
import { displayPath } from './paths.ts';

/** Largest deck.yaml or Markdown body read: beyond this it is not a talk, and the dev server would crawl. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

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

