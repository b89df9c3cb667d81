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
