// What an open page receives after a rebuild: only the slides that changed since the version it shows.
// Versions count the updates sent for one deck; a page knows the version it was served (a <meta> tag) and
// applies an update only on top of the version it was computed from (`base`), else asks for all the slides
// again. A change in the number of slides sends them all (the page replaces them and resyncs reveal).

/** One changed slide: its index and HTML, or only its opening tag when nothing inside it changed (a slide
 * below an edit that added lines has only a new `data-line`). */
export type SlidePatch = { i: number; html: string } | { i: number; open: string };

export interface SlideDiff {
  version: number;
  /** the version the patches apply to; undefined: `slides` holds every slide, in order */
  base?: number;
  count: number;
  slides: SlidePatch[];
}

export const VERSION_META = 'podium-version';

/** The slides as last sent to the open pages, and the update that brings a page from there to `next`. */
export class SentSlides {
  private version = 0;
  private slides: readonly string[] = [];

  /** A page is served `slides` now: their version (a new one unless they are what was sent last). Pages
   * showing an older version then ask for every slide on the next update. */
  serve(slides: readonly string[]): number {
    if (slides !== this.slides) { this.version++; this.slides = slides; }
    return this.version;
  }

  /** Records `next` as sent and returns the update from the previous version. */
  next(next: readonly string[]): SlideDiff {
    const before = this.slides;
    const diff = before.length === next.length
      ? { version: this.version + 1, base: this.version, count: next.length, slides: patches(before, next) }
      : this.full(next, this.version + 1);
    this.version = diff.version;
    this.slides = next;
    return diff;
  }

  /** Every slide of the current version (for a page that missed an update). */
  current(): SlideDiff { return this.full(this.slides, this.version); }

  private full(slides: readonly string[], version: number): SlideDiff {
    return { version, count: slides.length, slides: slides.map((html, i) => ({ i, html })) };
  }
}

function patches(before: readonly string[], after: readonly string[]): SlidePatch[] {
  const out: SlidePatch[] = [];
  after.forEach((html, i) => {
    const old = before[i]!;
    if (html === old) return;
    const [open, oldOpen] = [openingTag(html), openingTag(old)];
    out.push(open && oldOpen && html.length - open.length === old.length - oldOpen.length && html.endsWith(old.slice(oldOpen.length))
      ? { i, open } : { i, html });
  });
  return out;
}

/** `<section …>` at the start of a slide's HTML (attribute values are escaped: no `>` inside them). */
function openingTag(html: string): string | undefined {
  const m = /^\s*<section\b[^>]*>/.exec(html);
  return m?.[0];
}
