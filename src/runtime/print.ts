// Print mode (`?print-pdf`), as the PDF export drives it: which slides, fragments as pages or not,
// notes on their own page. Options use a podium- prefix so reveal's own query parsing ignores them.
import { parseRange } from './range.ts';

export function printConfig(params: URLSearchParams): Record<string, unknown> | undefined {
  if (!params.has('print-pdf')) return undefined;
  return {
    view: 'print',
    pdfSeparateFragments: params.has('podium-fragments'),
    showNotes: params.has('podium-notes') ? 'separate-page' : false,
    pdfMaxPagesPerSlide: 1,
    showSlideNumber: 'print',
  };
}

/** Keep only the slides of `range` ("3-7,10"); the others are removed before reveal lays out the pages. */
export function selectSlides(slides: Element, range: string | null): void {
  if (!range) return;
  const sections = [...slides.querySelectorAll(':scope > section')];
  const keep = parseRange(range, sections.length);
  if (typeof keep === 'string') return;
  const wanted = new Set(keep);
  for (const section of sections) if (!wanted.has(Number(section.getAttribute('data-podium-slide')))) section.remove();
}

/** The PDF outline comes from the tagged headings, by tag level: title, section and closing slides become
 * h1, every other slide's title h2 under them; all other headings (card titles, columns…) stay out of it. */
export function markOutline(slides: Element): void {
  for (const section of slides.querySelectorAll(':scope > section')) {
    const top = ['layout-title', 'layout-section', 'layout-closing'].some((c) => section.classList.contains(c));
    const main = section.querySelector('.slide-frame h1, .slide-frame h2');
    for (const h of section.querySelectorAll('h1, h2, h3, h4, h5, h6')) if (h !== main) h.setAttribute('role', 'none');
    // the bookmark's text: Chromium would join wrapped lines without their space ("AIRevolution")
    main?.setAttribute('aria-label', (main.textContent ?? '').replace(/\s+/g, ' ').trim());
    const want = top ? 'H1' : 'H2';
    if (main && main.tagName !== want) {
      const renamed = document.createElement(want);
      for (const a of main.attributes) renamed.setAttribute(a.name, a.value);
      renamed.append(...main.childNodes);
      main.replaceWith(renamed);
    }
  }
}
