// The theme's fonts for resvg, so a PNG fallback's text (diagram labels, chart axes) is set in the fonts the
// deck shows rather than whatever the machine has. resvg's font database reads TrueType/OpenType only —
// not the WOFF2/WOFF files @fontsource ships. WOFF 1.0 is the same tables, each zlib-deflated: unpacking it
// is the format's own 30 lines over Node's zlib (WOFF2's Brotli + glyph transforms would need a library), so
// each face's .woff is unpacked once into Podium's cache folder and handed to resvg by path.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { CACHE_DIR } from '../../paths.ts';
import type { FontFace } from '../../theme/fonts.ts';

/** WOFF 1.0 → the TrueType/OpenType file it packs (https://www.w3.org/TR/WOFF/). */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file'); // 'wOFF'
  const flavor = b.readUInt32BE(4);
  const n = b.readUInt16BE(12);
  const tables = Array.from({ length: n }, (_, i) => {
    const e = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [b.readUInt32BE(e), b.readUInt32BE(e + 4), b.readUInt32BE(e + 8), b.readUInt32BE(e + 12), b.readUInt32BE(e + 16)];
    const raw = b.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const pow = 2 ** Math.floor(Math.log2(n));
  const head = Buffer.alloc(12 + 16 * n);
  head.writeUInt32BE(flavor, 0); head.writeUInt16BE(n, 4); head.writeUInt16BE(pow * 16, 6);
  head.writeUInt16BE(Math.log2(pow), 8); head.writeUInt16BE(n * 16 - pow * 16, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const d = 12 + i * 16;
    head.writeUInt32BE(t.tag, d); head.writeUInt32BE(t.checksum, d + 4); head.writeUInt32BE(offset, d + 8); head.writeUInt32BE(t.data.length, d + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** TrueType/OpenType files of the theme's faces (each unpacked once into the cache), for resvg's fontFiles. */
export function svgFontFiles(faces: readonly FontFace[], dir = path.join(CACHE_DIR, 'fonts-sfnt')): string[] {
  const out: string[] = [];
  for (const f of faces) {
    const woff = f.file.replace(/\.woff2$/, '.woff');
    if (!existsSync(woff)) continue;
    const file = path.join(dir, path.basename(woff).replace(/\.woff$/, '.ttf'));
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, woffToSfnt(readFileSync(woff)));
      renameSync(tmp, file); // atomic: a parallel export never reads half a font
    }
    out.push(file);
  }
  return out;
}
