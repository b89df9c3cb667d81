// Runs inside the deck (page.evaluate), on the slide shown: what overlaps what. Content blocks are the
// laid-out text (line boxes shrunk to the glyphs) and the images, diagrams and videos; chrome is the footer,
// logo, slide number, reveal's arrows and progress bar (page-tools.ts). Three kinds of overlap:
// content over content and content under chrome (`collision`), chrome over chrome or over the slide's
// content area (`chrome`, a theme problem). Sizes in px at 1080p.
import type { PageFinding } from './audit-page.ts';
import type { Box, PageTools } from './page-tools.ts';

export interface CollisionOptions { index: number; window?: string; chromeOnly?: boolean }

export function findCollisions(o: CollisionOptions): PageFinding[] {
  const reveal = (window as unknown as { Reveal: { slide(h: number): void; getSlides(): HTMLElement[]; getScale(): number } }).Reveal;
  const t = (window as unknown as { __podiumCheck: PageTools }).__podiumCheck;
  const section = reveal.getSlides()[o.index]!;
  reveal.slide(o.index);
  const slide = Number(section.getAttribute('data-podium-slide') ?? o.index + 1);
  const scale = reveal.getScale() || 1;
  const at = o.window ? ` (window ${o.window})` : '';
  const findings: PageFinding[] = [];
  const px = (depth: number) => Math.round(depth / scale);
  const deepest = (a: Box[], b: Box[]) => Math.max(0, ...a.flatMap((x) => b.map((y) => t.overlap(x, y))));
  const blockOf = (el: Element): Element => {
    for (let a: Element | null = el; a; a = a.parentElement) if (!getComputedStyle(a).display.startsWith('inline')) return a;
    return el;
  };

  // what leaves the slide is an `overflow` error already: whatever it then runs into follows from it
  const slideBox = t.box(section);
  const outside = (el: Element) => {
    for (let a: Element | null = el; a && a !== section; a = a.parentElement) {
      const b = t.box(a);
      if (b.bottom > slideBox.bottom + 1 || b.right > slideBox.right + 1 || b.left < slideBox.left - 1 || b.top < slideBox.top - 1) return true;
    }
    return false;
  };
  const frame = section.querySelector('.slide-frame');
  const chrome = t.chrome(section);
  // chrome only (the window sizes after the real one): only what reaches a piece of chrome needs measuring
  const nearChrome = (el: Element) => !o.chromeOnly || chrome.some((c) => t.overlap(t.box(el), c.boxes[0]!) > 0);
  const blocks: { el: Element; boxes: Box[]; text: boolean }[] = [];
  for (const el of frame ? frame.querySelectorAll('*') : []) {
    if (!nearChrome(el) || !t.shown(el) || outside(el)) continue;
    // a typeset formula is one block: KaTeX overlaps its own glyphs by design (∑ limits, stacked fractions)
    if (el.closest('.katex') && !el.matches('.katex')) continue;
    if (el.matches('.katex')) { blocks.push({ el, boxes: [t.box(el)], text: true }); continue; }
    if (t.ownText(el)) blocks.push({ el, boxes: t.visibleInk(el), text: true });
    else if (/^(img|video|canvas|iframe)$/i.test(el.tagName) || (el.tagName.toLowerCase() === 'svg' && !el.parentElement?.closest('svg'))) {
      const b = t.box(el);
      if (b.right - b.left > 1 && b.bottom - b.top > 1) blocks.push({ el, boxes: [b], text: false });
    }
  }
  if (!o.chromeOnly) {
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!, b = blocks[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el) || (a.text && b.text && blockOf(a.el) === blockOf(b.el))) continue;
        const d = px(deepest(a.boxes, b.boxes));
        if (d < 2) continue;
        const [text, other] = a.text ? [a, b] : [b, a];
        findings.push({ rule: 'collision', slide, element: t.describe(text.el), pixels: d, message: other.text ? `${t.describe(a.el)} and ${t.describe(b.el)} overlap by ${d} px` : `${t.describe(other.el)} covers ${d} px of ${t.describe(text.el)}` });
      }
    }
  }
  for (const c of chrome) {
    for (const b of blocks) {
      const d = px(deepest(b.boxes, c.boxes));
      if (d >= 2) findings.push({ rule: 'collision', slide, element: t.describe(b.el), pixels: d, message: `${t.describe(b.el)} runs under the ${c.name} by ${d} px${at}` });
    }
  }
  for (let i = 0; i < chrome.length; i++) {
    for (let j = i + 1; j < chrome.length; j++) {
      const d = px(deepest(chrome[i]!.boxes, chrome[j]!.boxes));
      if (d >= 1) findings.push({ rule: 'chrome', slide, element: chrome[j]!.name, pixels: d, message: `the ${chrome[i]!.name} and the ${chrome[j]!.name} overlap by ${d} px${at}` });
    }
  }
  if (frame) {
    const cs = getComputedStyle(frame);
    const r = t.box(frame);
    const area = { left: r.left + parseFloat(cs.paddingLeft) * scale, right: r.right - parseFloat(cs.paddingRight) * scale, top: r.top + parseFloat(cs.paddingTop) * scale, bottom: r.bottom - parseFloat(cs.paddingBottom) * scale };
    for (const c of chrome) {
      const d = px(deepest(c.boxes, [area]));
      if (d >= 1) findings.push({ rule: 'chrome', slide, element: c.name, pixels: d, message: `the ${c.name} reaches ${d} px into the slide's content area${at}` });
    }
  }
  return findings;
}
