// Runs inside the built deck in Chromium (via page.evaluate), one slide at a time, at the deck's real size:
// overflow, clipped text, images, alt text, text size, fonts, titles, links; and the text boxes that
// contrast.ts measures on the screenshot. Self-contained on purpose: nothing here may reference module
// scope (the shared tools come from page-tools.ts through `window.__podiumCheck`).
import type { Finding } from './findings.ts';
import type { Box, PageTools } from './page-tools.ts';

export interface AuditOptions { minFontPx: number }
export type PageFinding = Omit<Finding, 'severity'>;
/** a run of text and what it is drawn with; `fallback` is the background colour found in the CSS */
export interface TextRun { slide: number; element: string; boxes: Box[]; color: number[]; size: number; large: boolean; fallback: number[] }
export interface SlideAudit { findings: PageFinding[]; links: { slide: number; href: string }[]; texts: TextRun[] }

/** Before the first slide: no transitions, every fragment shown, the arrows at rest — reveal's controls
 * tutorial bounces the "next" arrow on the first slide, and a box measured mid-bounce made the chrome rule
 * find an overlap only some of the time. */
export function prepareAudit(): number {
  const reveal = (window as unknown as { Reveal: { configure(c: object): void; getSlides(): HTMLElement[] } }).Reveal;
  reveal.configure({ transition: 'none', backgroundTransition: 'none', controlsTutorial: false });
  const still = document.createElement('style');
  still.textContent = '.reveal .controls, .reveal .controls * { animation: none !important; transition: none !important; }';
  document.head.append(still);
  document.querySelectorAll('.reveal .controls .highlight').forEach((b) => b.classList.remove('highlight'));
  document.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible'));
  return reveal.getSlides().length;
}

export function auditSlide(index: number, opts: AuditOptions): SlideAudit {
  const reveal = (window as unknown as { Reveal: { slide(h: number): void; getSlides(): HTMLElement[]; getScale(): number } }).Reveal;
  const t = (window as unknown as { __podiumCheck: PageTools }).__podiumCheck;
  const section = reveal.getSlides()[index]!;
  reveal.slide(index);
  const slide = Number(section.getAttribute('data-podium-slide') ?? index + 1);
  const scale = reveal.getScale() || 1;
  const findings: PageFinding[] = [];
  const links: SlideAudit['links'] = [];
  const texts: TextRun[] = [];
  const rgba = (s: string): number[] => (s.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number).concat(1).slice(0, 4);
  const viewportBg = rgba(getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor);
  const box = section.getBoundingClientRect();
  const slideBgEl = document.querySelector('.backgrounds .slide-background.present');
  const slideBg = slideBgEl ? rgba(getComputedStyle(slideBgEl).backgroundColor) : [0, 0, 0, 0];
  const baseBg = slideBg[3]! > 0 ? slideBg : viewportBg;
  const fontsSeen = new Set<string>();
  const elements = [...section.querySelectorAll('*')].filter((el) => !el.closest('aside.notes, .katex-mathml')); // KaTeX's MathML is for screen readers, clipped to 1 px on purpose
  const overflowing: Element[] = [];
  const clippers = new Set<Element>();
  for (const el of elements) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const out = Math.max(r.right - box.right, r.bottom - box.bottom, box.left - r.left, box.top - r.top) / scale;
    if (out > 1 && !overflowing.some((o) => o.contains(el))) {
      overflowing.push(el);
      findings.push({ rule: 'overflow', slide, element: t.describe(el), pixels: Math.round(out), message: `${t.describe(el)} is ${Math.round(out)} px outside the slide` });
    }
    const cs = getComputedStyle(el);
    const scrolled = Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth);
    // a tight line-height lets a font's ascent and descent pass a box by up to about a quarter of its size
    // without any glyph being cut: that much is left to the line-box test below
    if (/hidden|clip|auto|scroll/.test(cs.overflowX + cs.overflowY) && scrolled > Math.max(2, parseFloat(cs.fontSize) * 0.3) && el.clientHeight > 0) {
      const px = scrolled;
      clippers.add(el);
      findings.push({ rule: 'clipped', slide, element: t.describe(el), pixels: px, message: `${t.describe(el)} cuts off ${px} px of its content` });
    }
    if (el instanceof HTMLImageElement) {
      if (el.complete && el.naturalWidth === 0) findings.push({ rule: 'image', slide, element: t.describe(el), message: `image ${el.getAttribute('src')} failed to load` });
      if (!el.getAttribute('alt') && !el.closest('[aria-hidden="true"]')) findings.push({ rule: 'alt', slide, element: `img ${el.getAttribute('src')}`, message: `image ${el.getAttribute('src')} has no alt text` });
    }
    if (el instanceof HTMLAnchorElement && el.getAttribute('href')) links.push({ slide, href: el.getAttribute('href')! });
    if (!t.ownText(el) || !t.shown(el)) continue;
    const lines = t.textBoxes(el);
    const ink = t.inkBoxes(el);
    // Text cut by a box that hides its overflow (overflow: hidden, a line clamp, a fixed height): measured
    // on the laid-out line boxes (where the glyphs are) against each clipping ancestor's visible box.
    for (let a: Element | null = el; a && a !== section; a = a.parentElement) {
      const acs = getComputedStyle(a);
      const clipX = acs.overflowX !== 'visible', clipY = acs.overflowY !== 'visible';
      if (!clipX && !clipY) continue;
      const ar = a.getBoundingClientRect();
      const left = ar.left + a.clientLeft, top = ar.top + a.clientTop;
      const cut = Math.max(0, ...ink.map((l) => Math.max(
        clipY ? l.bottom - (top + a.clientHeight) : 0, clipY ? top - l.top : 0,
        clipX ? l.right - (left + a.clientWidth) : 0, clipX ? left - l.left : 0))) / scale;
      if (cut > 2 && !clippers.has(a)) {
        clippers.add(a);
        findings.push({ rule: 'clipped', slide, element: t.describe(el), pixels: Math.round(cut), message: `${t.describe(el)} is cut off by ${t.describe(a).split(' ')[0]}: ${Math.round(cut)} px of its text hidden` });
      }
    }
    const size = parseFloat(cs.fontSize);
    if (size < opts.minFontPx) findings.push({ rule: 'text-size', slide, element: t.describe(el), pixels: Math.round(size), message: `${t.describe(el)} is ${Math.round(size)} px, below ${opts.minFontPx} px at 1080p` });
    const family = cs.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
    if (!fontsSeen.has(family) && !/^(serif|sans-serif|monospace|system-ui|cursive|fantasy|math)$/.test(family) && ![...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded')) {
      fontsSeen.add(family);
      findings.push({ rule: 'font', slide, element: t.describe(el), message: `font "${family}" is not loaded; the slide falls back to a system font` });
    }
    let fallback = baseBg;
    for (let a: Element | null = el; a && a !== section.parentElement; a = a.parentElement) {
      const c = rgba(getComputedStyle(a).backgroundColor);
      if (c[3]! > 0.5) { fallback = c; break; }
    }
    // SVG text (diagrams, charts) is drawn in its fill, not its CSS colour
    const fg = rgba(el instanceof SVGElement && /^rgb/.test(cs.fill) ? cs.fill : cs.color);
    fg[3] = fg[3]! * Number(cs.opacity);
    texts.push({ slide, element: t.describe(el), boxes: lines, color: fg, size, large: size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700), fallback });
  }
  if (!section.querySelector('h1, h2, blockquote')) findings.push({ rule: 'title', slide, message: 'no title: the PDF outline and screen readers have nothing to name this slide by' });
  return { findings, links, texts };
}

/** After the last slide: fonts that failed, and back to the first slide. */
export function finishAudit(): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const f of document.fonts) if (f.status === 'error') findings.push({ rule: 'font', slide: 0, message: `font ${f.family} ${f.weight} failed to load` });
  (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(0);
  return findings;
}
