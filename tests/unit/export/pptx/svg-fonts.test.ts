// The theme's fonts for resvg: WOFF unpacked to the TrueType file resvg's font database can read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { svgFontFiles, woffToSfnt } from '../../../../src/export/pptx/svg-fonts.ts';
import { resolveBuiltinTheme } from '../../../../src/theme/resolve.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'podium-sfnt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const theme = resolveBuiltinTheme('pytorch');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="5" y="45" font-family="Inter" font-size="40">Rag 01</text></svg>');
/** How many pixels of the drawing are not transparent. */
const inked = (fontFiles: string[]) => { const p = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles } }).render().pixels; let n = 0; for (let i = 3; i < p.length; i += 4) if (p[i]) n++; return n; };

describe('svg fonts', () => {
  it('unpacks WOFF into a TrueType file with the same tables', () => {
    const woff = readFileSync(theme.faces[0]!.file.replace(/\.woff2$/, '.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 (TrueType) or 'OTTO'
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12)); // number of tables
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize, as the WOFF header announces it
    expect(() => woffToSfnt(Buffer.from('not a font at all, really'))).toThrow(/not a WOFF/);
  });

  it('gives resvg the theme\'s faces it can read (it draws nothing with the .woff itself)', () => {
    const files = svgFontFiles(theme.faces.filter((f) => f.family === 'Inter'), dir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith(dir) && f.endsWith('.ttf'))).toBe(true);
    expect(inked(files)).toBeGreaterThan(200);
    expect(inked(theme.faces.filter((f) => f.family === 'Inter').map((f) => f.file.replace(/\.woff2$/, '.woff')))).toBe(0);
    expect(svgFontFiles(theme.faces.filter((f) => f.family === 'Inter'), dir)).toEqual(files); // cached: same files
  });
});
