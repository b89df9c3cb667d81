// A theme's assets: logo proportions read from image headers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { imageAspect } from '../../../src/theme/assets.ts';
import { useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

it('reads logo proportions from SVG, PNG and JPEG headers', () => {
  const dir = tempDir();
  const f = (name: string, data: string | Buffer) => { const p = path.join(dir, name); writeFileSync(p, data); return p; };
  expect(imageAspect(f('a.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"></svg>'))).toBe(4);
  expect(imageAspect(f('b.svg', '<svg viewBox="0 0 90 30"/>'))).toBe(3);
  const png = Buffer.alloc(24); png.write('\x89PNG', 0, 'latin1'); png.writeUInt32BE(300, 16); png.writeUInt32BE(100, 20);
  expect(imageAspect(f('c.png', png))).toBe(3);
  const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 200, 3, 0, 0, 0, 0]);
  expect(imageAspect(f('d.jpg', jpg))).toBe(4);
});
