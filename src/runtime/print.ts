// Print mode (`?print-pdf`), as the PDF export drives it: which slides, fragments as pages or not,
// notes on their own page. Options use a podium- prefix so reveal's own query parsing ignores them.
import { parseRange } from './range.ts';

/** The print view's pages, one PDF page each: a slide (or a fragment step of it) or a notes page. */
export const PRINT_PAGES = '.reveal .slides > .pdf-page, .reveal .slides > .speaker-notes-pdf';

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

/** Headings in the tag tree by level: title, section and closing slides' titles are h1, every other
 * slide's title h2; card and column titles stay the h3 they are. (Bookmarks are written by Podium from the
 * slide titles: src/export/pdf-outline.ts.) Wrapper figures are not Figures: the image inside carries the alt. */
export function markOutline(slides: Element): void {
  for (const section of slides.querySelectorAll(':scope > section')) markSlideOutline(section);
}

/** markOutline for one slide (also a slide patched into a loaded print view: print-patch.ts). */
export function markSlideOutline(section: Element): void {
  const top = ['layout-title', 'layout-section', 'layout-closing'].some((c) => section.classList.contains(c));
  const main = section.querySelector('.slide-frame h1, .slide-frame h2');
  const want = top ? 'H1' : 'H2';
  if (main && main.tagName !== want) {
    const renamed = document.createElement(want);
    for (const a of main.attributes) renamed.setAttribute(a.name, a.value);
    renamed.append(...main.childNodes);
    main.replaceWith(renamed);
  }
  section.querySelectorAll('figure').forEach((f) => f.setAttribute('role', 'none'));
}
