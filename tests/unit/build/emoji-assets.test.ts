// The emoji font chunks holding a site's emoji: only those are copied, declared with their unicode-range.
import { describe, expect, it } from 'vitest';
import { emojiAssets, emojiCodePoints } from '../../../src/build/emoji-assets.ts';

const cps = (s: string) => [...emojiCodePoints(s)].map((c) => c.toString(16));

describe('emoji in text', () => {
  it.each([
    ['icons 🛡 📦', ['1f6e1', '1f4e6']],
    ['a rocket 🚀 and a bolt ⚡', ['1f680', '26a1']],
    ['a heart asking for emoji ❤️', ['2764']],
    ['a keycap 1️⃣', ['20e3']],
    ['a flag 🇫🇷', ['1f1eb', '1f1f7']],
    ['© 2026, ® and ™, arrows ↔ → and ‼', []],
    ['plain text, $5, θ and —', []],
  ])('%s', (text, expected) => {
    expect(cps(text)).toEqual(expected);
  });

  it('copies only the chunks holding them, declared with their unicode-range, relative URLs', () => {
    const a = emojiAssets('🛡 📦')!;
    expect(Object.keys(a.fonts)).toEqual(['noto-emoji-3-400-normal.woff2']);
    expect(a.css).toMatch(/font-family: 'Noto Emoji'; font-style: normal; font-weight: 100 900;[\s\S]*src: url\(fonts\/noto-emoji-3-400-normal\.woff2\) format\('woff2'\);\n {2}unicode-range: U\+/);
    expect(emojiAssets('no emoji here ©')).toBeUndefined();
  });
});
