// The PowerPoint export's zip container.
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../../../src/export/pptx/zip.ts';

describe('zip container', () => {
  it('round-trips parts, deflating text and storing pictures', () => {
    const files = new Map([['[Content_Types].xml', Buffer.from('<Types/>'.repeat(50))], ['ppt/media/a.png', Buffer.from([1, 2, 3])], ['ppt/media/', Buffer.alloc(0)]]);
    const zip = writeZip(files);
    expect(zip.length).toBeLessThan(400 + 8 * 50);
    const back = readZip(zip);
    expect([...back.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of files) expect(Buffer.from(back.get(k)!).equals(v)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('hello'))).toThrow(/not a zip/);
  });
});
