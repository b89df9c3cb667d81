// A print view already laid out takes an edit without a reload (`pdf --watch`, src/export/print-view.ts):
// the slides whose inside changed get their new inside, as reveal's print view and markOutline would have
// left it (headings by level, every fragment shown). The page itself, each slide's own element and its
// page stay as reveal made them; the caller reloads instead whenever anything but a slide's inside changed.
import { markSlideOutline, PRINT_PAGES } from './print.ts';

export interface SlidePatch {
  slide: number;
  /** the slide's data-line (it moves when lines above it are added or removed) */
  line: string;
  /** the slide's new inner HTML, when it changed */
  inner?: string;
}

/** Applies the patches; resolves, once their fonts are loaded, with the pages (0-based) whose slide changed. */
export async function patchSlides(patches: SlidePatch[]): Promise<number[]> {
  const changed: Element[] = [];
  for (const p of patches) {
    const section = document.querySelector(`.reveal .slides section[data-podium-slide="${p.slide}"]`);
    if (!section) continue; // outside --range
    section.setAttribute('data-line', p.line);
    if (p.inner === undefined) continue;
    section.innerHTML = p.inner;
    markSlideOutline(section);
    section.querySelectorAll('.fragment:not(.fade-out)').forEach((f) => f.classList.add('visible'));
    changed.push(section.closest('.pdf-page') ?? section);
  }
  void document.body.offsetHeight; // laid out now, so fonts the new text needs start loading before…
  await document.fonts.ready; // …this is read
  const pages = [...document.querySelectorAll(PRINT_PAGES)];
  return changed.map((p) => pages.indexOf(p));
}
