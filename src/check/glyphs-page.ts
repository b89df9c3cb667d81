// Runs inside the deck (page.evaluate): characters that no font of the page can draw. Each character is
// drawn on a canvas with the font of the element it is in (its whole family list, so Chromium falls back
// through the page's @font-face fonts and the system's fonts exactly as it does for the slide) and compared
// with a character that no font has (U+10FFFD, a private-use code point): identical pixels mean Chromium
// had nothing but the ".notdef" box to draw. Chromium's DevTools protocol (CSS.getPlatformFontsForNode)
// was tried first: it names the primary font even for characters drawn as .notdef, so it cannot tell.
// Self-contained on purpose: nothing here may reference module scope.
import type { PageFinding } from './audit-page.ts';

export function findMissingGlyphs(): PageFinding[] {
  const reveal = (window as unknown as { Reveal: { getSlides(): HTMLElement[] } }).Reveal;
  const canvas = document.createElement('canvas');
  canvas.width = 96; canvas.height = 96;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.textBaseline = 'alphabetic';
  const cache = new Map<string, boolean>();
  const pixels = (text: string, font: string) => {
    ctx.clearRect(0, 0, 96, 96);
    ctx.font = font;
    ctx.fillText(text, 8, 72);
    const data = ctx.getImageData(0, 0, 96, 96).data;
    let hash = 0;
    for (let i = 3; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i]! * (i + 1)) | 0;
    return hash;
  };
  const missing = (ch: string, font: string) => {
    const key = `${font}\u0000${ch}`;
    if (!cache.has(key)) cache.set(key, pixels(ch, font) === pixels('\u{10FFFD}', font));
    return cache.get(key)!;
  };
  // whitespace, controls, format characters, combining marks and variation selectors draw nothing alone
  const silent = /[\s\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/u;
  const findings: PageFinding[] = [];
  reveal.getSlides().forEach((section, index) => {
    const slide = Number(section.getAttribute('data-podium-slide') ?? index + 1);
    const seen = new Set<string>();
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('aside.notes, script, style')) continue;
      const cs = getComputedStyle(el);
      const font = `${cs.fontStyle} ${cs.fontWeight} 64px ${cs.fontFamily}`;
      for (const ch of new Set(n.textContent ?? '')) {
        if (silent.test(ch) || seen.has(ch) || !missing(ch, font)) continue;
        seen.add(ch);
        const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        const where = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        findings.push({ rule: 'glyph', slide, element: `${el.tagName.toLowerCase()} "${where}"`, message: `"${ch}" (${code}) has no glyph in any font of the page: it shows as an empty box (in ${el.tagName.toLowerCase()} "${where}")` });
      }
    }
  });
  return findings;
}
