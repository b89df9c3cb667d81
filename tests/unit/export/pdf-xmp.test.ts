// The XMP packet written into finished PDFs.
import { describe, expect, it } from 'vitest';
import { xmpPacket } from '../../../src/export/pdf-xmp.ts';

describe('xmpPacket', () => {
  it('XMP escapes markup in values', () => {
    expect(xmpPacket({ title: '<a> & "b"', date: new Date(0), producer: 'p' })).toContain('&lt;a&gt; &amp; &quot;b&quot;');
  });
});
