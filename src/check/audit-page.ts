// Runs inside the built deck in Chromium (via page.evaluate): measures every slide as rendered at its real
// size. Self-contained on purpose: nothing here may reference module scope.
import type { Finding } from './findings.ts';

export interface AuditOptions { minFontPx: number }
export interface PageAudit { findings: Omit<Finding, 'severity'>[]; links: { slide: number; href: string }[] }

export function auditDeck(opts: AuditOptions): PageAudit {
  type R = { getTotalSlides(): number; slide(h: number): void; configure(c: object): void; getSlides(): HTMLElement[]; getScale(): number };
  const reveal = (window as unknown as { Reveal: R }).Reveal;
  reveal.configure({ transition: 'none', backgroundTransition: 'none' });
  document.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible'));
  const findings: PageAudit['findings'] = [];
  const links: PageAudit['links'] = [];
  const describe = (el: Element) => {
    const cls = [...el.classList].filter((c) => !['fragment', 'visible', 'present'].includes(c))[0];
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${text ? ` "${text}"` : ''}`;
  };
  const rgba = (s: string): number[] => (s.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number).concat(1).slice(0, 4);
  const lum = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === 3 && /[^\s\u200b]/.test(n.textContent ?? '')); // a zero-width space (KaTeX's struts) draws nothing
  const viewportBg = rgba(getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor);

  reveal.getSlides().forEach((section, index) => {
    reveal.slide(index);
    const slide = Number(section.getAttribute('data-podium-slide') ?? index + 1);
    const scale = reveal.getScale() || 1;
    const box = section.getBoundingClientRect();
    const slideBgEl = document.querySelector('.backgrounds .slide-background.present');
    const slideBg = slideBgEl ? rgba(getComputedStyle(slideBgEl).backgroundColor) : [0, 0, 0, 0];
    const baseBg = slideBg[3]! > 0 ? slideBg : viewportBg;
    const fontsSeen = new Set<string>();
    // the speaker notes, and the MathML KaTeX keeps for screen readers (clipped to 1 px on purpose), are not drawn on the slide
    const elements = [...section.querySelectorAll('*')].filter((el) => !el.closest('aside.notes, .katex-mathml'));
    const overflowing: Element[] = [];
    for (const el of elements) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const out = Math.max(r.right - box.right, r.bottom - box.bottom, box.left - r.left, box.top - r.top) / scale;
      if (out > 1 && !overflowing.some((o) => o.contains(el))) {
        overflowing.push(el);
        findings.push({ rule: 'overflow', slide, element: describe(el), pixels: Math.round(out), message: `${describe(el)} is ${Math.round(out)} px outside the slide` });
      }
      const cs = getComputedStyle(el);
      if (/hidden|clip|auto|scroll/.test(cs.overflowX + cs.overflowY) && (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2) && el.clientHeight > 0) {
        const px = Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth);
        findings.push({ rule: 'clipped', slide, element: describe(el), pixels: px, message: `${describe(el)} cuts off ${px} px of its content` });
      }
      if (el instanceof HTMLImageElement) {
        if (el.complete && el.naturalWidth === 0) findings.push({ rule: 'image', slide, element: describe(el), message: `image ${el.getAttribute('src')} failed to load` });
        if (!el.getAttribute('alt') && !el.closest('[aria-hidden="true"]')) findings.push({ rule: 'alt', slide, element: `img ${el.getAttribute('src')}`, message: `image ${el.getAttribute('src')} has no alt text` });
      }
      if (el instanceof HTMLAnchorElement && el.getAttribute('href')) links.push({ slide, href: el.getAttribute('href')! });
      if (!ownText(el) || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      const size = parseFloat(cs.fontSize);
      if (size < opts.minFontPx) findings.push({ rule: 'text-size', slide, element: describe(el), pixels: Math.round(size), message: `${describe(el)} is ${Math.round(size)} px, below ${opts.minFontPx} px at 1080p` });
      const family = cs.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      if (!fontsSeen.has(family) && !/^(serif|sans-serif|monospace|system-ui|cursive|fantasy|math)$/.test(family) && ![...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded')) {
        fontsSeen.add(family);
        findings.push({ rule: 'font', slide, element: describe(el), message: `font "${family}" is not loaded; the slide falls back to a system font` });
      }
      let bg = baseBg;
      for (let a: Element | null = el; a && a !== section.parentElement; a = a.parentElement) {
        const c = rgba(getComputedStyle(a).backgroundColor);
        if (c[3]! > 0.5) { bg = c; break; }
      }
      const fg = rgba(cs.color);
      const alpha = fg[3]! * Number(cs.opacity);
      const mixed = fg.slice(0, 3).map((v, i) => v * alpha + bg[i]! * (1 - alpha));
      const [hi, lo] = [lum(mixed), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
      const need = large ? 3 : 4.5;
      if (ratio < need) findings.push({ rule: 'contrast', slide, element: describe(el), message: `${describe(el)} has contrast ${ratio.toFixed(2)}:1 against its background (AA needs ${need}:1)` });
    }
    if (!section.querySelector('h1, h2, blockquote')) findings.push({ rule: 'title', slide, message: 'no title: the PDF outline and screen readers have nothing to name this slide by' });
  });
  for (const f of document.fonts) if (f.status === 'error') findings.push({ rule: 'font', slide: 0, message: `font ${f.family} ${f.weight} failed to load` });
  reveal.slide(0);
  return { findings, links };
}
