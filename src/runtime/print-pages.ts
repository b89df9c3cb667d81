// After reveal has laid out the print view (`pdf-ready`), Podium's finishing touches to the pages, in the
// page: a slide's notes page moves after its last fragment step, each page prints the number its PDF
// label says (8, or 8a, 8b … for fragment steps), and notes longer than their page shrink to fit — down to
// NOTES_MIN_PX — and then continue on further pages ("Speaker notes, continued").

/** The notes page's type: the layout's size, and the smallest it shrinks to before continuing on a new page. */
export const NOTES_MAX_PX = 34;
export const NOTES_MIN_PX = 22;

const slideOf = (page: Element) => page.querySelector('section[data-podium-slide]')?.getAttribute('data-podium-slide') ?? undefined;

/** reveal puts the notes right after a slide's first page; with --fragments they belong after the last step. */
export function notesAfterLastStep(slides: Element): void {
  for (const notes of [...slides.querySelectorAll(':scope > .speaker-notes-pdf')]) {
    const slide = slideOf(notes.previousElementSibling ?? notes);
    let last = notes;
    for (let n = notes.nextElementSibling; n && n.classList.contains('pdf-page') && slideOf(n) === slide; n = n.nextElementSibling) last = n;
    if (last !== notes) last.after(notes);
  }
}

/** reveal prints a running counter (1, 2, 2.1 …); print the slide's own number and step letter instead. */
export function numberPages(slides: Element): void {
  const pages = [...slides.querySelectorAll(':scope > .pdf-page')];
  const steps = new Map<string, number>();
  for (const p of pages) { const s = slideOf(p); if (s) steps.set(s, (steps.get(s) ?? 0) + 1); }
  const seen = new Map<string, number>();
  for (const p of pages) {
    const s = slideOf(p);
    const number = p.querySelector('.slide-number-pdf');
    if (!s || !number) continue;
    const step = seen.get(s) ?? 0;
    seen.set(s, step + 1);
    number.textContent = (steps.get(s) ?? 1) > 1 ? `${s}${String.fromCharCode(97 + (step % 26))}` : s;
    number.setAttribute('aria-hidden', 'true');
  }
}

const overflows = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1;

/** Moves the words of `p` that do not fit `box` into a copy of `p` placed first in `into`. Text-only paragraphs. */
function splitWords(box: HTMLElement, p: Element, into: HTMLElement): boolean {
  if (p.children.length || !(p.textContent ?? '').trim()) return false;
  const words = (p.textContent ?? '').trim().split(/\s+/);
  let lo = 1, hi = words.length - 1;
  while (lo < hi) { // the most words that still fit
    const mid = Math.ceil((lo + hi) / 2);
    p.textContent = words.slice(0, mid).join(' ');
    if (overflows(box)) hi = mid - 1; else lo = mid;
  }
  p.textContent = words.slice(0, lo).join(' ');
  const rest = p.cloneNode(false) as Element;
  rest.textContent = words.slice(lo).join(' ');
  into.prepend(rest);
  return lo < words.length;
}

/** Shrinks each notes page's type until it fits; past NOTES_MIN_PX the rest continues on a new page. */
export function fitNotes(slides: Element): void {
  for (const box of [...slides.querySelectorAll<HTMLElement>(':scope > .speaker-notes-pdf')]) {
    let size = NOTES_MAX_PX;
    box.style.fontSize = `${size}px`;
    while (overflows(box) && size > NOTES_MIN_PX) box.style.fontSize = `${(size -= 1)}px`;
    let page = box;
    for (let part = 2; overflows(page) && part < 50; part++) {
      const next = page.cloneNode(false) as HTMLElement;
      next.dataset.podiumNotesPart = String(part);
      page.after(next);
      while (overflows(page) && page.childNodes.length > 1) next.prepend(page.lastChild!);
      if (overflows(page) && page.firstElementChild && !splitWords(page, page.firstElementChild, next)) break;
      page = next;
    }
  }
}

export function finishPrintPages(slides: Element): void {
  // reveal hides every slide but the current one from assistive technology; printed, they are all content
  // (and Chromium's tagged PDF leaves out what is aria-hidden), whoever prints the page
  slides.querySelectorAll('section[aria-hidden]').forEach((s) => s.removeAttribute('aria-hidden'));
  notesAfterLastStep(slides);
  numberPages(slides);
  fitNotes(slides);
}
