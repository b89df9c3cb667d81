// The visual fixture built to HTML and read as DOM; resolve-stage problems (files, style) at their lines;
// the dev server's deck host measuring backgrounds after a rebuild.
import { mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeckError, type Problem } from '../../src/errors.ts';
import { build } from '../../src/pipeline.ts';
import { DeckHost } from '../../src/vite/deck-host.ts';
import { fixture, siteDom, tempDir } from '../support/decks.ts';

const out = tempDir();
let doc: Document;
beforeAll(async () => { await build(fixture('visual'), { out: path.join(out, 'site') }); doc = siteDom(path.join(out, 'site')); }, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));
const slide = (id: string) => doc.getElementById(id)!;

describe('visual fixture as HTML', () => {
  it('puts backgrounds into reveal.js\'s own attributes, with the measured colour under a cover image', () => {
    expect(slide('texture').getAttribute('data-background-size')).toBe('auto');
    expect(slide('texture').getAttribute('data-background-repeat')).toBe('repeat');
    expect(slide('texture').getAttribute('data-background-opacity')).toBe('0.2');
    expect(slide('contain-bg').getAttribute('data-background-color')).toBe('#1b2430');
    expect(slide('contain-bg').getAttribute('data-background-position')).toBe('right');
    expect(slide('cover-photo').getAttribute('data-background-image')).toBe('img/sunny.jpg');
    expect(slide('cover-photo').getAttribute('data-background-color')).toMatch(/^#[\da-f]{6}$/);
  });

  it('picks dark text on the sunny picture and a scrim on the busy one, from the pixels', () => {
    expect(slide('cover-photo').classList.contains('tone-dark')).toBe(true);
    expect(slide('cover-photo').getAttribute('style')).toContain('--podium-text: #0e1117');
    expect(slide('busy').querySelector('.slide-scrim')!.getAttribute('style')).toMatch(/rgba\(255, 255, 255, 0\.\d+\)/);
    expect(slide('dimmed').querySelector('.slide-scrim')!.getAttribute('style')).toContain('rgba(0, 0, 0, 0.45)');
    expect(slide('forced-light').classList.contains('tone-light')).toBe(true);
    expect(slide('aside-left').querySelector('.slide-scrim')).toBeNull(); // no background, no scrim
  });

  it('renders the aside, footer: false, number: false and no-title classes', () => {
    const aside = slide('aside-left').querySelector('.slide-aside img')!;
    expect(aside.getAttribute('alt')).toBe('A green frame with a circle');
    expect(slide('aside-left').getAttribute('style')).toContain('--aside-width: 40%');
    expect(slide('aside-right').className).toContain('aside-right');
    expect(slide('statement-word').querySelector('.slide-footer')).toBeNull();
    expect(slide('statement-word').getAttribute('data-state')).toBe('podium-no-number');
    expect(slide('code-untitled').className).toContain('no-title');
    expect(slide('code-untitled').querySelector('.code-body')!.className).toContain('is-roomy');
  });

  it('gives the image layout its measured ratio and box, and the gallery balanced rows', () => {
    expect(slide('contain').getAttribute('style')).toContain('--image-ratio: 2.3333');
    expect(slide('tiny').getAttribute('style')).toContain('--image-width: 60%');
    expect([...slide('gallery').querySelectorAll('.gallery-row')].map((r) => r.querySelectorAll('img').length)).toEqual([2, 2]);
    expect([...slide('gallery-five').querySelectorAll('.gallery-row')].map((r) => r.querySelectorAll('img').length)).toEqual([3, 2]);
  });

  it('renders the new layouts\' content as text', () => {
    expect(slide('statement').querySelector('h2.statement-text')!.getAttribute('data-length')).toBe('m');
    expect(slide('statement-word').querySelector('h2.statement-text')!.getAttribute('data-length')).toBe('xl');
    expect([...slide('stats').querySelectorAll('.stat-value')].map((e) => e.textContent)).toEqual(['2×', '2016', '3']);
    expect(slide('columns').querySelectorAll('.prose-column').length).toBe(3);
    expect(slide('columns').querySelector('.prose-column img')!.getAttribute('style')).toBe('width: 80%');
  });

  it('scopes a slide\'s style to its id', () => {
    const css = slide('styled').querySelector('style')!.textContent!;
    expect(css).toContain('.podium-slide#styled .slide-title { color: #7fd1ff; }');
    expect(css).toContain('.podium-slide#styled .bullets li::before');
  });
});

describe('visual problems, at their lines', () => {
  const project = tempDir();
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  async function problems(yaml: string, allowRemote = false): Promise<Problem[]> {
    const dir = path.join(project, `d${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(fixture('visual'), 'img'), path.join(dir, 'img'), { recursive: true });
    writeFileSync(path.join(dir, 'deck.yaml'), `title: T\n${allowRemote ? 'allowRemote: true\n' : ''}slides:\n${yaml}`);
    try { await build(dir, { out: path.join(dir, 'out') }); return []; } catch (e) { if (isDeckError(e)) return e.problems; throw e; }
  }

  it('reports a CSS syntax error at its line inside `style: |`', async () => {
    const [p] = await problems('  - layout: section\n    title: S\n    style: |\n      .a { color: red; }\n      .b { color: blue\n');
    expect(p).toMatchObject({ line: 7, column: 7, message: 'slide 1 (section): style: CSS: Unclosed block' });
  });

  it('refuses a remote url() in style unless allowRemote, and a missing local one', async () => {
    const remote = await problems('  - layout: section\n    title: S\n    style: ".a { background: url(https://example.org/x.png) }"\n');
    expect(remote[0]!.message).toMatch(/style: url\(https:\/\/example\.org\/x\.png\) is a remote URL; the deck must work offline/);
    expect(await problems('  - layout: section\n    title: S\n    style: ".a { background: url(https://example.org/x.png) }"\n', true)).toEqual([]);
    const missing = await problems('  - layout: section\n    title: S\n    style: ".a { background: url(img/nope.png) }"\n');
    expect(missing[0]!.message).toMatch(/style url\(\): file not found/);
  });

  it('reports missing aside, background and gallery files at their fields', async () => {
    const ps = await problems([
      '  - layout: section', '    title: S', '    background: { image: img/none.jpg }', '    aside: { image: img/gone.png, alt: A }',
      '  - layout: gallery', '    images: [{ src: img/tall.png, alt: A }, { src: img/lost.png, alt: B }]',
      '  - layout: section', '    title: C', '    background: { color: "not a colour" }', ''].join('\n'));
    expect(ps.map((p) => [p.line, p.message.replace(/: file not found.*/, ': file not found')])).toEqual([
      [5, 'slide 1 (section): background.image: file not found'],
      [6, 'slide 1 (section): aside.image: file not found'],
      [8, 'slide 2 (gallery): images[1].src: file not found'],
      [11, 'slide 3 (section): background.color: "not a colour" is not a CSS colour'],
    ]);
  });
});

it('the dev server measures image backgrounds in its rebuild, and from the cache after that', async () => {
  const root = tempDir();
  try {
    const dir = path.join(root, 'slides', 'live');
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(fixture('visual'), 'img'), path.join(dir, 'img'), { recursive: true });
    writeFileSync(path.join(dir, 'deck.yaml'), 'title: T\nslides:\n  - layout: section\n    title: S\n    background: { image: img/busy.jpg, position: "30% 40%" }\n');
    const host = new DeckHost('live', dir, root);
    const state = await host.rebuild();
    expect(state.ok).toBe(true);
    const html = state.ok ? state.slides[0]! : '';
    expect(html).toContain('class="slide-scrim"');
    const again = await host.rebuild(); // measured before: from the cache
    expect(again.ok && again.slides[0]).toContain('class="slide-scrim"');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 60_000);
