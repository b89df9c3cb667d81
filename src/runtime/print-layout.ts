// Podium's own print layout (`?podium-print`, what every export opens): the pages reveal.js's print view
// lays out for a Podium deck, built directly from the parsed HTML without starting reveal. reveal's set-up
// and print view read computed styles and lay the whole deck out several times (at 2000 slides ~4.5 s of
// the load, docs/performance.md); a Podium slide has a fixed size, no margin, no vertical centring and no
// stacks, so each page is known without measuring. The DOM matches reveal's print view (reveal-print
// classes, `.pdf-page` > background, section, number; `.speaker-notes-pdf` pages; fragment steps as copies),
// so reveal's print stylesheet and the theme style it alike: tests/browser/print-layout.test.ts compares
// the two PDFs' pixels and text. `?print-pdf` alone is still reveal's print view, for a person printing from
// a browser and for a deck's own `reveal:` print options.

export interface PrintLayout {
  width: number;
  height: number;
  /** a counter on each page (reveal's `slideNumber`, shown in print) */
  slideNumber: boolean;
  /** one page per fragment step (reveal's pdfSeparateFragments) */
  fragments: boolean;
  /** each slide's notes on a page of their own (reveal's showNotes: 'separate-page') */
  notes: boolean;
  /** slide pages start `display: none`, for the export to show part by part (print-page.ts printPdf):
   * Chromium lays the document out again for printing, so a screen layout of every page would be wasted */
  deferred: boolean;
}

/** reveal's encodeRFC3986URI: a background-image URL as reveal writes it into the style. */
const encodeUrl = (url: string) => encodeURI(url).replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The slide's background layer, as reveal's backgrounds controller builds and loads it (the attributes Podium writes). */
function background(section: HTMLElement): HTMLElement {
  const el = document.createElement('div');
  el.className = `slide-background ${section.className}`;
  const content = document.createElement('div');
  content.className = 'slide-background-content';
  el.append(content);
  const data = (k: string) => section.getAttribute(`data-background-${k}`);
  if (data('color')) el.style.backgroundColor = data('color')!;
  if (data('size')) { el.setAttribute('data-background-size', data('size')!); content.style.backgroundSize = data('size')!; }
  if (data('repeat')) content.style.backgroundRepeat = data('repeat')!;
  if (data('position')) content.style.backgroundPosition = data('position')!;
  if (data('opacity')) content.style.opacity = data('opacity')!;
  const image = data('image')?.trim();
  if (image) content.style.backgroundImage = /^data:/.test(image) ? `url(${image})` : image.split(',').map((u) => `url(${encodeUrl(decodeURI(u.trim()))})`).join(',');
  el.setAttribute('data-loaded', 'true');
  el.style.display = 'block';
  return el;
}

/** reveal's fragment order: by data-fragment-index, then the unnumbered ones in document order. */
function fragmentSteps(page: Element): Element[][] {
  const ordered: Element[][] = [];
  const unordered: Element[][] = [];
  for (const f of page.querySelectorAll('.fragment')) {
    const at = f.getAttribute('data-fragment-index');
    if (at === null) unordered.push([f]);
    else (ordered[parseInt(at, 10)] ??= []).push(f);
  }
  return [...ordered.filter(Boolean), ...unordered];
}

function notesPage(section: Element): HTMLElement | undefined {
  const html = section.getAttribute('data-notes') ?? [...section.querySelectorAll('aside.notes')].map((n) => n.innerHTML).join('\n');
  if (!html) return undefined;
  const el = document.createElement('div');
  el.className = 'speaker-notes speaker-notes-pdf';
  el.setAttribute('data-layout', 'separate-page');
  el.innerHTML = html; // the deck's own rendered notes, moved from its <aside>
  return el;
}

/** Lays the deck out as print pages, one `.pdf-page` per slide (or fragment step), in place. */
export function layoutPrintPages(reveal: HTMLElement, o: PrintLayout): void {
  const slides = reveal.querySelector<HTMLElement>(':scope > .slides')!;
  const { width, height } = o;
  for (const css of [`@page{size:${width}px ${height}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`]) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
  document.documentElement.classList.add('reveal-full-page', 'reveal-print', 'print-pdf');
  document.body.classList.add('reveal-viewport');
  Object.assign(document.body.style, { width: `${width}px`, height: `${height}px` });
  document.body.style.setProperty('--slide-width', `${width}px`);
  document.body.style.setProperty('--slide-height', `${height}px`);
  reveal.classList.add('slide', 'focused', 'has-horizontal-slides', 'ready');
  reveal.setAttribute('role', 'application');
  const pageBackground = getComputedStyle(document.body).background; // reveal copies the viewport's onto every page
  const pages = document.createDocumentFragment();
  let counter = 1;
  for (const section of [...slides.querySelectorAll<HTMLElement>(':scope > section')]) {
    const page = document.createElement('div');
    page.className = 'pdf-page';
    page.style.height = `${height - 1}px`; // reveal's pdfPageHeightOffset
    if (o.deferred) page.style.display = 'none'; // copies for fragment steps keep it
    if (pageBackground) page.style.background = pageBackground;
    const layer = background(section);
    section.classList.add('present');
    Object.assign(section.style, { display: 'block', left: '0px', top: '0px', width: `${width}px` });
    page.append(layer, section);
    const notes = o.notes ? notesPage(section) : undefined;
    if (o.slideNumber) {
      const number = document.createElement('div');
      number.className = 'slide-number slide-number-pdf';
      number.textContent = String(counter++);
      page.append(number);
    }
    pages.append(page);
    if (notes) pages.append(notes); // after the first step, as reveal puts it (print-pages.ts moves it after the last)
    if (!o.fragments) {
      page.querySelectorAll('.fragment:not(.fade-out)').forEach((f) => f.classList.add('visible'));
      continue;
    }
    const steps = fragmentSteps(page);
    steps.forEach((group, i) => {
      steps[i - 1]?.forEach((f) => f.classList.remove('current-fragment'));
      group.forEach((f) => f.classList.add('visible', 'current-fragment'));
      const copy = page.cloneNode(true) as HTMLElement;
      const number = copy.querySelector('.slide-number-pdf');
      if (number) number.textContent += `.${i + 1}`;
      pages.append(copy);
    });
    steps.flat().forEach((f) => f.classList.remove('visible', 'current-fragment'));
  }
  slides.append(pages);
}
