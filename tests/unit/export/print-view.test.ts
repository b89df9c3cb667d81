// What a kept print view can take without a reload: the built page compared with the one it loaded, slide
// by slide (src/export/print-view.ts). The browser side is tests/browser/print-view.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAssetsHash, slidePatches, splitSlides } from '../../../src/export/print-view.ts';

/** A page shaped like templates/deck.hbs + partials/slide.hbs. */
const slide = (n: number, line: number, body: string, layout = 'bullets', extra = '') =>
  `<section class="podium-slide layout-${layout}" id="s${n}" data-podium-slide="${n}" data-line="${line}"${extra}>\n  <div class="slide-frame"><h2>${body}</h2></div>\n  <aside class="notes"><p>n${n}</p></aside>\n</section>\n\n`;
const page = (slides: string[], title = 'Talk') =>
  `<!doctype html><html><head><title>${title}</title></head><body><div class="reveal"><div class="slides">\n${slides.join('')}    </div></div><script src="podium/podium.js"></script></body></html>`;
const deck = (bodies: string[], lines = bodies.map((_, i) => 4 + i * 5)) => page(bodies.map((b, i) => slide(i + 1, lines[i]!, b)));

describe('splitSlides', () => {
  it('cuts the page into the frame and each slide\'s opening tag (without data-line) and inside', () => {
    const split = splitSlides(deck(['One', 'Two']))!;
    expect(split.slides.map((s) => [s.slide, s.line])).toEqual([[1, '4'], [2, '9']]);
    expect(split.slides[0]!.open).toBe('<section class="podium-slide layout-bullets" id="s1" data-podium-slide="1">');
    expect(split.slides[1]!.inner).toBe('\n  <div class="slide-frame"><h2>Two</h2></div>\n  <aside class="notes"><p>n2</p></aside>\n');
    expect(split.frame).not.toContain('podium-slide');
    expect(split.frame).toContain('<script src="podium/podium.js">');
  });

  it('keeps a nested section inside its slide', () => {
    const split = splitSlides(deck(['<section>inner</section> after', 'Two']))!;
    expect(split.slides[0]!.inner).toContain('<section>inner</section> after');
    expect(split.slides).toHaveLength(2);
  });

  it('reads nothing from a page whose slides are not numbered 1…n in order', () => {
    expect(splitSlides(page([]))).toBeUndefined();
    expect(splitSlides(page([slide(2, 4, 'A')]))).toBeUndefined();
    expect(splitSlides(page([slide(1, 4, 'A'), slide(3, 9, 'B')]))).toBeUndefined();
  });
});

describe('slidePatches', () => {
  it('patches the insides that changed, and nothing else', () => {
    expect(slidePatches(deck(['One', 'Two', 'Three']), deck(['One', 'Second', 'Three'])))
      .toEqual([{ slide: 2, line: '9', inner: expect.stringContaining('<h2>Second</h2>') }]);
    expect(slidePatches(deck(['One', 'Two']), deck(['One', 'Two']))).toEqual([]);
  });

  it('moves the data-line of the slides below an added line, without new insides', () => {
    const before = deck(['One', 'Two', 'Three'], [4, 9, 14]);
    const after = deck(['One, longer', 'Two', 'Three'], [4, 10, 15]);
    expect(slidePatches(before, after)).toEqual([
      { slide: 1, line: '4', inner: expect.stringContaining('One, longer') },
      { slide: 2, line: '10' }, { slide: 3, line: '15' },
    ]);
  });

  it('cannot patch a new slide count, a changed frame or a slide\'s own attributes', () => {
    const before = deck(['One', 'Two']);
    expect(slidePatches(before, deck(['One', 'Two', 'Three']))).toBeUndefined(); // a slide added
    expect(slidePatches(before, deck(['One']))).toBeUndefined(); // removed
    expect(slidePatches(before, page([slide(1, 4, 'One'), slide(2, 9, 'Two')], 'Renamed'))).toBeUndefined(); // the <title>
    expect(slidePatches(before, page([slide(1, 4, 'One'), slide(2, 9, 'Two', 'quote')]))).toBeUndefined(); // a layout
    expect(slidePatches(before, page([slide(1, 4, 'One'), slide(2, 9, 'Two', 'bullets', ' data-background-image="a.jpg"')]))).toBeUndefined();
    expect(slidePatches(before, '<html>no slides</html>')).toBeUndefined();
    expect(slidePatches(before, deck(['One', 'Two<script>document.title = "x"</script>']))).toBeUndefined(); // runs only on a load
  });
});

describe('siteAssetsHash', () => {
  it('follows every file of the site but its page, its stamp, its print facts and the exports', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'podium-assets-'));
    try {
      mkdirSync(path.join(dir, 'podium'));
      writeFileSync(path.join(dir, 'index.html'), 'a');
      writeFileSync(path.join(dir, 'podium/theme.css'), 'body{}');
      writeFileSync(path.join(dir, 'photo.svg'), '<svg/>');
      const first = siteAssetsHash(dir);
      for (const [f, text] of [['index.html', 'b'], ['.podium-stamp.json', '{}'], ['podium/print.json', '{}'], ['talk.pdf', '%PDF'], ['talk.pptx', 'PK']]) {
        writeFileSync(path.join(dir, f!), text!);
      }
      expect(siteAssetsHash(dir)).toBe(first);
      writeFileSync(path.join(dir, 'photo.svg'), '<svg></svg>');
      const photo = siteAssetsHash(dir);
      expect(photo).not.toBe(first);
      writeFileSync(path.join(dir, 'podium/theme.css'), 'body{color:red}');
      expect(siteAssetsHash(dir)).not.toBe(photo);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
