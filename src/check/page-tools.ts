// Measuring tools shared by the in-page audits (audit-page.ts, collisions-page.ts, glyphs-page.ts):
// installed once as `window.__podiumCheck` by page.evaluate(installPageTools). Self-contained on purpose:
// nothing in the function may reference module scope, since Puppeteer sends its source to the page.

export interface Box { left: number; top: number; right: number; bottom: number }
export interface ChromePart { name: string; boxes: Box[] }
export interface PageTools {
  describe(el: Element): string;
  ownText(el: Element): boolean;
  /** the line boxes of the element's own text (not its children's), as laid out */
  textBoxes(el: Element): Box[];
  /** the line boxes shrunk to where glyphs are drawn: a big title's line boxes overlap by design */
  inkBoxes(el: Element): Box[];
  /** the ink boxes cut to what the element's clipping ancestors (overflow other than visible) let show */
  visibleInk(el: Element): Box[];
  box(el: Element): Box;
  /** depth of the overlap of two boxes (the smaller of its width and height), 0 if they do not meet */
  overlap(a: Box, b: Box): number;
  /** the slide's chrome as shown: footer, logo, slide number, reveal's enabled arrows, progress bar */
  chrome(section: Element): ChromePart[];
  /** the element and its ancestors up to the slide are displayed, visible and not transparent */
  shown(el: Element): boolean;
}

export function installPageTools(): void {
  const describe = (el: Element) => {
    const cls = [...el.classList].filter((c) => !['fragment', 'visible', 'present', 'enabled'].includes(c))[0];
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${text ? ` "${text}"` : ''}`;
  };
  const plain = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  // a zero-width space (KaTeX's struts) draws nothing
  const textNodes = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === 3 && /[^\s\u200b]/.test(n.textContent ?? ''));
  const textBoxes = (el: Element): Box[] => textNodes(el).flatMap((n) => {
    const range = document.createRange();
    range.selectNodeContents(n);
    return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5).map(plain);
  });
  const shown = (el: Element) => {
    for (let a: Element | null = el; a && !a.matches('.slides'); a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
    }
    return true;
  };
  const visibleBox = (el: Element | null): Box[] => {
    if (!el || !shown(el)) return [];
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? [plain(r)] : [];
  };
  const arrow: Record<string, string> = { 'navigate-left': 'previous', 'navigate-right': 'next', 'navigate-up': 'up', 'navigate-down': 'down' };
  const inkBoxes = (el: Element): Box[] => {
    const inset = parseFloat(getComputedStyle(el).fontSize) * 0.15;
    return textBoxes(el).map((b) => {
      const d = Math.min(inset, (b.bottom - b.top) / 3);
      return { left: b.left, right: b.right, top: b.top + d, bottom: b.bottom - d };
    });
  };
  const tools: PageTools = {
    describe,
    ownText: (el) => textNodes(el).length > 0,
    textBoxes,
    inkBoxes,
    visibleInk: (el) => {
      let boxes = inkBoxes(el);
      for (let a: Element | null = el; a && !a.matches('section'); a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        const left = r.left + a.clientLeft, top = r.top + a.clientTop;
        boxes = boxes.map((b) => ({ left: Math.max(b.left, left), top: Math.max(b.top, top), right: Math.min(b.right, left + a!.clientWidth), bottom: Math.min(b.bottom, top + a!.clientHeight) }))
          .filter((b) => b.right > b.left && b.bottom > b.top);
      }
      return boxes;
    },
    box: (el) => plain(el.getBoundingClientRect()),
    overlap: (a, b) => Math.max(0, Math.min(Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))),
    shown,
    chrome: (section) => {
      const parts: ChromePart[] = [
        { name: 'footer', boxes: visibleBox(section.querySelector('.slide-footer')) },
        { name: 'logo', boxes: visibleBox(section.querySelector('.slide-logo')) },
        { name: 'slide number', boxes: visibleBox(document.querySelector('.reveal > .slide-number')) },
        { name: 'progress bar', boxes: visibleBox(document.querySelector('.reveal > .progress')) },
      ];
      for (const b of document.querySelectorAll('.reveal > .controls button.enabled')) {
        const cs = getComputedStyle(b);
        const dir = [...b.classList].find((c) => arrow[c]);
        if (cs.visibility !== 'hidden' && Number(cs.opacity) > 0) parts.push({ name: `"${dir ? arrow[dir] : 'navigation'}" arrow`, boxes: visibleBox(b) });
      }
      return parts.filter((p) => p.boxes.length);
    },
  };
  (window as unknown as { __podiumCheck: PageTools }).__podiumCheck = tools;
}
