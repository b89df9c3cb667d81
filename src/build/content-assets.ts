// What a deck's content needs beyond its theme: KaTeX's stylesheet and fonts when the slides hold math, the
// emoji font when their text holds emoji. One stylesheet, podium/content.css, linked only when it exists:
// a deck with neither gets no extra file. The PDF and the handout load the built site, so they embed the same fonts.
import { emojiAssets } from './emoji-assets.ts';
import { katexAssets } from './katex-assets.ts';
import type { SiteFiles } from './write.ts';

export const CONTENT_CSS = 'podium/content.css';

/** The site files for `text` (the rendered slides and the deck title), or undefined when nothing is needed. */
export async function contentAssets(text: string): Promise<SiteFiles | undefined> {
  const math = await katexAssets(text, { fontUrl: (f) => `katex/fonts/${f}` });
  const emoji = emojiAssets(text, { fontUrl: (f) => `fonts/${f}` });
  if (!math && !emoji) return undefined;
  const copies: Record<string, string> = {};
  for (const [f, src] of Object.entries(math?.fonts ?? {})) copies[`podium/katex/fonts/${f}`] = src;
  for (const [f, src] of Object.entries(emoji?.fonts ?? {})) copies[`podium/fonts/${f}`] = src;
  const css = [math?.css, emoji?.css].filter(Boolean).join('\n');
  return { files: { [CONTENT_CSS]: css }, copies };
}

/** The dev server's content stylesheet: every KaTeX and emoji face, fonts under `prefix`; and the file behind each font URL. */
export async function devContentAssets(prefix: string): Promise<{ css: string; fonts: Record<string, string> }> {
  const math = (await katexAssets('', { all: true, fontUrl: (f) => `${prefix}${f}` }))!;
  const emoji = emojiAssets('', { all: true, fontUrl: (f) => `${prefix}${f}` })!;
  return { css: `${math.css}\n${emoji.css}`, fonts: { ...math.fonts, ...emoji.fonts } };
}
