// Podium's print layout as a DOM transformation (src/runtime/print-layout.ts), in linkedom: the pages, their
// order, fragment steps in reveal's order, notes pages, numbers, background layers and deferred pages.
// The pixels, text and tag tree against reveal's print view: tests/browser/print-layout.test.ts.
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutPrintPages, type PrintLayout } from '../../../src/runtime/print-layout.ts';

const SLIDES = `
<section class="podium-slide layout-title" data-podium-slide="1" data-background-color="#102030" data-background-image="img/a photo.jpg"
  data-background-size="contain" data-background-opacity="0.5"><h1>Title</h1><aside class="notes"><p>First notes</p></aside></section>
<section class="podium-slide layout-bullets" data-podium-slide="2"><ul>
  <li class="fragment" id="late" data-fragment-index="2">late</li><li class="fragment" id="a" data-fragment-index="0">a</li>
  <li class="fragment" id="b" data-fragment-index="0">b</li><li class="fragment" id="free">free</li>
  <li class="fragment fade-out" id="out" data-fragment-index="1">out</li></ul></section>
<section class="podium-slide layout-quote" data-podium-slide="3"><blockquote>Q</blockquote><aside class="notes"></aside></section>`;

const g = globalThis as Record<string, unknown>;
const before = { document: g.document, getComputedStyle: g.getComputedStyle }; // unit files share globals: put them back
afterEach(() => { Object.assign(g, before); });

function lay(o: Partial<PrintLayout> = {}): { slides: Element; doc: Document } {
  const { document } = parseHTML(`<!doctype html><html><head></head><body><div class="reveal"><div class="slides">${SLIDES}</div></div></body></html>`);
  g.document = document;
  g.getComputedStyle = () => ({ background: 'rgb(1, 2, 3)' }); // the viewport's background, copied onto each page
  layoutPrintPages(document.querySelector('.reveal') as unknown as HTMLElement,
    { width: 1920, height: 1080, slideNumber: true, fragments: false, notes: false, deferred: false, ...o });
  return { slides: document.querySelector('.slides')!, doc: document as unknown as Document };
}
const pages = (slides: Element) => [...slides.children];
const kind = (el: Element) => (el.classList.contains('pdf-page') ? `page ${el.querySelector('section')!.getAttribute('data-podium-slide')}` : 'notes');

describe('layoutPrintPages', () => {
  it('wraps each slide in a page of the slide size, with its background layer first and its number last', () => {
    const { slides, doc } = lay();
    expect(pages(slides).map(kind)).toEqual(['page 1', 'page 2', 'page 3']);
    const first = pages(slides)[0] as HTMLElement;
    expect(first.style.height).toBe('1079px'); // reveal's pdfPageHeightOffset
    expect([...first.children].map((c) => c.className.split(' ')[0])).toEqual(['slide-background', 'podium-slide', 'slide-number']);
    const layer = first.firstElementChild as HTMLElement;
    expect(layer.classList.contains('layout-title')).toBe(true);
    expect(layer.style.backgroundColor).toBe('#102030');
    const content = layer.querySelector('.slide-background-content') as HTMLElement;
    expect(content.style.backgroundImage).toBe('url(img/a%20photo.jpg)');
    expect(content.style.backgroundSize).toBe('contain');
    expect(content.style.opacity).toBe('0.5');
    expect(pages(slides).map((p) => p.querySelector('.slide-number-pdf')?.textContent)).toEqual(['1', '2', '3']);
    expect(doc.documentElement.classList.contains('reveal-print')).toBe(true);
    expect(doc.head.textContent).toContain('@page{size:1920px 1080px; margin: 0px;}');
  });

  it('shows every fragment but a fade-out one when fragments are not pages', () => {
    const { slides } = lay();
    const shown = [...slides.querySelectorAll('.fragment')].filter((f) => f.classList.contains('visible')).map((f) => f.id);
    expect(shown).toEqual(['late', 'a', 'b', 'free']);
  });

  it("makes one page per fragment step, in reveal's order: by index, then the unnumbered in document order", () => {
    const { slides } = lay({ fragments: true });
    const second = pages(slides).filter((p) => kind(p) === 'page 2');
    expect(second).toHaveLength(5); // none shown, then steps 0, 1, 2, and the unnumbered one
    const visible = second.map((p) => [...p.querySelectorAll('.fragment.visible')].map((f) => f.id).join(','));
    expect(visible).toEqual(['', 'a,b', 'a,b,out', 'late,a,b,out', 'late,a,b,free,out']);
    expect(second.map((p) => p.querySelector('.slide-number-pdf')!.textContent)).toEqual(['2', '2.1', '2.2', '2.3', '2.4']);
    expect(second.map((p) => [...p.querySelectorAll('.current-fragment')].map((f) => f.id).join(','))).toEqual(['', 'a,b', 'out', 'late', 'free']);
  });

  it("puts a slide's notes on a page after its first step, and none for empty notes", () => {
    const { slides } = lay({ notes: true, fragments: true });
    expect(pages(slides).map(kind)).toEqual(['page 1', 'notes', 'page 2', 'page 2', 'page 2', 'page 2', 'page 2', 'page 3']);
    const notes = slides.querySelector('.speaker-notes-pdf')!;
    expect(notes.getAttribute('data-layout')).toBe('separate-page');
    expect(notes.innerHTML).toBe('<p>First notes</p>');
  });

  it('starts the slide pages hidden when deferred, and numbers none without slideNumber', () => {
    const { slides } = lay({ deferred: true, slideNumber: false, notes: true });
    const slidePages = pages(slides).filter((p) => p.classList.contains('pdf-page')) as HTMLElement[];
    expect(slidePages.every((p) => p.style.display === 'none')).toBe(true);
    expect((slides.querySelector('.speaker-notes-pdf') as HTMLElement).style.display).toBe('');
    expect(slides.querySelector('.slide-number-pdf')).toBeNull();
  });
});
