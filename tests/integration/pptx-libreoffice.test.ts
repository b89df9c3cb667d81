// A second consumer of the .pptx: LibreOffice Impress, where installed (`setup` does not install it), converts
// it to PDF headlessly; each page must carry its slide's title and the theme's colours. Skips with a message
// when `soffice` is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pptxCommand } from '../../src/commands/pptx.ts';
import { deckYaml, fixture, PYTORCH, ROOT, tempDir } from '../support/decks.ts';
import { near, pixel, readPdf, renderPage, type PdfInfo } from '../support/pdf.ts';

const soffice = (() => { try { return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim(); } catch { return ''; } })();
if (!soffice) console.warn('pptx-libreoffice.test.ts: skipped — LibreOffice (soffice) is not installed; `apt-get install libreoffice-impress` to run it');

const out = tempDir('podium-soffice-');
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** Compare text as letters: LibreOffice's PDF splits and re-spaces words, and quotes are typographic. */
const letters = (s: unknown) => String(s).replace(/[*_`]/g, '').replace(/[\s’'ʼ‘“”"—-]/g, '');

function toPdf(pptx: string): string {
  const dir = path.dirname(pptx);
  // a profile of its own, so a LibreOffice the user has open does not swallow the conversion
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { encoding: 'utf8', timeout: 180_000 });
  expect(r.status, r.stderr).toBe(0);
  return pptx.replace(/\.pptx$/, '.pdf');
}

describe.skipIf(!soffice).each([['pytorch-lessons', PYTORCH], ['all-layouts', fixture('all-layouts')]])('LibreOffice opens %s.pptx', (name, deckDir) => {
  let pdf: PdfInfo; let file: string;
  const slides = deckYaml(deckDir).slides;
  beforeAll(async () => {
    const dir = path.join(out, name);
    mkdirSync(dir, { recursive: true });
    const r = await pptxCommand(deckDir, { out: dir, root: ROOT, warn: () => undefined });
    file = toPdf(r.file);
    pdf = await readPdf(file);
  }, 240_000);

  it('has one page per slide, each with its slide\'s title', () => {
    expect(pdf.pages).toBe(slides.length);
    slides.forEach((s, i) => {
      const title = s.title ?? s.quote;
      if (typeof title === 'string') expect(letters(pdf.text[i]), `page ${i + 1}`).toContain(letters(title).slice(0, 40));
    });
  });

  it('paints the theme\'s background and accent', () => {
    const page = renderPage(file, 3, 20); // slide 3: a title-and-content slide with the accent bar
    expect(near(pixel(page, 2, page.height - 2), '#0e1117')).toBe(true);
    const accent = Array.from({ length: page.width * page.height }, (_, k) => pixel(page, k % page.width, Math.floor(k / page.width)))
      .some((c) => near(c, '#f05a3a', 40));
    expect(accent).toBe(true);
  });

  it('keeps the closing slide\'s links clickable', () => {
    const closing = slides.at(-1)!;
    const urls = (closing.links as Array<string | { url: string }>).map((l) => new URL(typeof l === 'string' ? l : l.url).href); // a bare host gains its slash
    expect(pdf.links.at(-1)).toEqual(expect.arrayContaining(urls));
  });
});
