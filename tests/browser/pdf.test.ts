// PDF export and handouts in real Chromium, read back with pdfjs/pdf-lib and rendered to pixels.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/export/export.ts';
import { deckYaml, fixture, PYTORCH, tempDir, tempProject } from '../support/decks.ts';
import { colourCount, fonts, near, pixel, readPdf, renderPage, type PdfInfo } from '../support/pdf.ts';

const out = tempDir();
afterAll(() => rmSync(out, { recursive: true, force: true }));
const THEME_BG = '#0e1117';
const slides = deckYaml(PYTORCH).slides;
/** Compare text as letters: PDF text extraction splits words around apostrophes and quotes. */
const letters = (s: unknown) => String(s).replace(/[*_`]/g, '').replace(/[\s’'ʼ‘“”"]/g, '');

describe('pytorch-lessons: podium export', () => {
  let pdf: PdfInfo;
  let handout: PdfInfo;
  const dir = path.join(out, 'pytorch');
  beforeAll(async () => {
    const r = await runExport({ deck: PYTORCH, out: dir, pdf: true, handout: true, flags: {} });
    expect(r.pdf?.pages).toBe(slides.length);
    [pdf, handout] = await Promise.all([readPdf(r.pdf!.file), readPdf(r.handout!.file)]);
  }, 120_000);

  it('writes index.html, the slides PDF and the handout side by side, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(['.podium-stamp.json', 'img', 'index.html', 'podium', 'pytorch-lessons.pdf', 'pytorch-lessons-handout.pdf'].sort());
  });

  it('has one 16:9 page per slide with each slide\'s title as text on its page', () => {
    expect(pdf.pages).toBe(slides.length);
    for (const s of pdf.size) expect(s).toEqual({ width: 1440, height: 810 });
    slides.forEach((slide, i) => {
      const title = String(slide.title ?? slide.quote ?? '').split(' ').slice(0, 4).join(' ');
      expect(letters(pdf.text[i]), `page ${i + 1}`).toContain(letters(title));
    });
  });

  it('carries metadata, language, page labels and an outline of sections and slides', () => {
    const meta = deckYaml(PYTORCH);
    expect(pdf.info).toMatchObject({ Title: meta.title, Author: meta.author, Creator: 'Podium' });
    expect(String(pdf.info.Subject)).toContain('PyTorch documentary');
    expect(pdf.lang).toBe('en');
    // one page per slide: the physical numbers are the labels, so none are written
    expect(pdf.labels ?? slides.map((_, i) => String(i + 1))).toEqual(slides.map((_, i) => String(i + 1)));
    const sections = slides.filter((s) => s.layout === 'section').map((s) => String(s.title));
    expect(pdf.outline.map((o) => o.title)).toEqual(expect.arrayContaining(sections));
    expect(pdf.outline.find((o) => o.title === sections[0])!.children.length).toBeGreaterThan(0);
  });

  it('keeps links clickable', () => {
    const closing = slides.findIndex((s) => s.layout === 'closing');
    expect(pdf.links[closing]).toEqual(expect.arrayContaining(['https://pytorch.org/']));
  });

  it('embeds every font it uses, all of them the theme\'s own', async () => {
    const list = await fonts(path.join(dir, 'pytorch-lessons.pdf'));
    expect(list.length).toBeGreaterThan(2);
    for (const f of list) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name, 'no system fallback').toMatch(/^(Inter|JetBrainsMono)/);
    }
  });

  it('prints no blank page and the theme\'s background on every page', () => {
    for (let n = 1; n <= pdf.pages; n++) {
      const px = renderPage(path.join(dir, 'pytorch-lessons.pdf'), n, 12);
      expect(colourCount(px), `page ${n} blank`).toBeGreaterThan(8);
      expect(near(pixel(px, 2, px.height - 3), THEME_BG), `page ${n} background`).toBe(true);
    }
  });

  it('handout: ceil(slides / 3) A4 pages, slides as vector text beside their notes, page x / y', async () => {
    expect(handout.pages).toBe(Math.ceil(slides.length / 3));
    for (const s of handout.size) expect(s).toEqual({ width: 595, height: 842 });
    const firstNotes = String(slides[0]!.notes).split(/\s+/).slice(0, 6).join(' ');
    expect(letters(handout.text[0])).toContain(letters(firstNotes));
    expect(letters(handout.text[0])).toContain(letters(slides[0]!.title));
    expect(letters(handout.text[1])).toContain(letters(slides[3]!.title));
    expect(handout.text[handout.pages - 1]).toContain(`page ${handout.pages} / ${handout.pages}`);
    for (let n = 1; n <= handout.pages; n++) {
      const px = renderPage(path.join(dir, 'pytorch-lessons-handout.pdf'), n, 20);
      expect(near(pixel(px, 2, 2), '#ffffff'), 'paper is white').toBe(true);
      expect(colourCount(px)).toBeGreaterThan(8);
    }
  });
});

describe('options', () => {
  const deck = fixture('all-layouts');
  const yaml = deckYaml(deck);
  it('--fragments gives one page per fragment step, labelled 3a, 3b …', async () => {
    const r = await runExport({ deck, out: path.join(out, 'frag'), pdf: true, handout: false, flags: { fragments: true } });
    const info = await readPdf(r.pdf!.file);
    // slide 3 has three top-level fragments → 4 steps (none shown, then one more each)
    expect(info.pages).toBe(yaml.slides.length + 3);
    expect(info.labels!.slice(2, 6)).toEqual(['3a', '3b', '3c', '3d']);
    expect(info.text[2]).not.toContain('First point');
    expect(info.text[5]).toContain('Third point');
  });

  it('--notes adds a notes page after each slide that has notes; --range picks slides', async () => {
    const r = await runExport({ deck, out: path.join(out, 'notes'), pdf: true, handout: false, flags: { notes: true, range: '2-3,12' } });
    const info = await readPdf(r.pdf!.file);
    expect(info.labels).toEqual(['2', '2 notes', '3', '3 notes', '12', '12 notes']);
    expect(info.text[1]).toContain('Section notes.');
    expect(info.text[4]).toContain('Thanks');
  });

  it('handout: 6 per page on Letter, ruled lines variant', async () => {
    const r = await runExport({ deck, out: path.join(out, 'h6'), pdf: false, handout: true, flags: { perPage: 6, paper: 'letter', lines: true } });
    const info = await readPdf(r.handout!.file);
    expect(info.pages).toBe(Math.ceil(yaml.slides.length / 6));
    for (const s of info.size) expect(s).toEqual({ width: 612, height: 792 });
  });

  it('rejects a bad range or per-page with a usage error (exit 2)', async () => {
    await expect(runExport({ deck, out: path.join(out, 'bad'), pdf: true, handout: false, flags: { range: '40-50' } })).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('outside slides 1-12') });
    await expect(runExport({ deck, out: path.join(out, 'bad'), pdf: false, handout: true, flags: { perPage: 5 } })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('a site built from the same inputs', () => {
  it('is printed as it is when only the PDF is asked for, and built again after an edit or with --force', async () => {
    const project = tempProject(fixture('four-three'), 'fresh');
    const dir = path.join(out, 'fresh');
    const pdf = (flags = {}) => runExport({ deck: project.deckDir, out: dir, pdf: true, handout: false, flags });
    const site = () => statSync(path.join(dir, 'index.html')).mtimeMs;
    try {
      await pdf();
      const built = site();
      const again = await pdf();
      expect(site()).toBe(built); // not rebuilt…
      expect((await readPdf(again.pdf!.file)).text[0]).toContain('Trusted HTML'); // …and printed all the same
      const yaml = path.join(project.deckDir, 'deck.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('title: Trusted HTML', 'title: Edited title'));
      const edited = await pdf();
      expect(site()).not.toBe(built);
      expect((await readPdf(edited.pdf!.file)).text[0]).toContain('Edited title');
      const rebuilt = site();
      await pdf({ force: true });
      expect(site()).not.toBe(rebuilt);
    } finally {
      project.cleanup();
    }
  }, 120_000);
});
