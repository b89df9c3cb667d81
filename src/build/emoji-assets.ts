// The emoji font (Noto Emoji, monochrome outlines: see docs/math.md) for a built site: only when the slides'
// text holds an emoji, and only the files of the @fontsource package's unicode-range chunks that hold them.
// Every theme lists 'Noto Emoji' in its font stacks (src/theme/fonts.ts); without this @font-face the name
// matches nothing and costs nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EMOJI_FALLBACK as EMOJI_FAMILY, installedFonts } from '../theme/fonts.ts';

export interface EmojiAssets {
  css: string;
  /** font file name → absolute source path */
  fonts: Record<string, string>;
}

/** Characters that can start or mark an emoji: everything from U+2300 up (pictographs, surrogate pairs,
 * U+FE0F) and the keycap mark. A plain, non-Unicode class: V8 scans megabytes of slide HTML with it in a few ms. */
const CANDIDATE = /[\u20e3\u2300-\uffff]/g;
const PICTOGRAPHIC = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]$/u;

/** Code points of `text` drawn from the emoji font: pictographs (but not ©, ® or the arrows a text font has),
 * flags, keycaps, and any character asking for emoji presentation (U+FE0F after it). */
export function emojiCodePoints(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(CANDIDATE)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a pair, seen with the first
    if (c === 0xfe0f) { // emoji presentation asked for the character before it
      const prev = i > 1 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff ? text.codePointAt(i - 2)! : text.charCodeAt(i - 1);
      if (prev > 0x7f) out.add(prev);
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp === 0x20e3 || PICTOGRAPHIC.test(String.fromCodePoint(cp))) out.add(cp);
  }
  return out;
}

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(a!, 16), Number.parseInt(b ?? a!, 16)];
  });
}

/** The stylesheet and font files for the emoji in `text`, or undefined when there are none. `all`: every
 * chunk (the dev server; browsers fetch a chunk only when its range is drawn). */
export function emojiAssets(text: string, o: { all?: boolean; fontUrl?: (file: string) => string } = {}): EmojiAssets | undefined {
  const used = o.all ? undefined : emojiCodePoints(text);
  if (used && !used.size) return undefined;
  const pkg = installedFonts().get(EMOJI_FAMILY.toLowerCase());
  if (!pkg) throw new Error(`@fontsource/noto-emoji is not installed (package.json lists it)`);
  const chunks = JSON.parse(readFileSync(path.join(pkg.dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const url = o.fontUrl ?? ((file: string) => `fonts/${file}`);
  const rules: string[] = [];
  const fonts: Record<string, string> = {};
  for (const [name, spec] of Object.entries(chunks)) {
    const ranges = parseRanges(spec);
    if (used && ![...used].some((cp) => ranges.some(([a, b]) => cp >= a && cp <= b))) continue;
    const file = `${pkg.id}-${name.replace(/[[\]]/g, '')}-400-normal.woff2`;
    fonts[file] = path.join(pkg.dir, 'files', file);
    // one face for every weight: emoji drawn in bold text are not smeared by synthetic bold
    rules.push(`@font-face {\n  font-family: '${EMOJI_FAMILY}'; font-style: normal; font-weight: 100 900; font-display: swap;\n  src: url(${url(file)}) format('woff2');\n  unicode-range: ${spec};\n}`);
  }
  return { css: `/* ${EMOJI_FAMILY} (${pkg.pkg}), monochrome outlines */\n${rules.join('\n')}\n`, fonts };
}
