// The pieces of the PDF finishing step that need no browser: Markdown → text for /Title, the outline,
// XMP, the role map, link /Contents and artifact marking — each read back by pdf.js or pdf-lib.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { firstWords, markdownText } from '../../../src/content/plain-text.ts';
import { authoringFindings, NOTES_PAGE_WORDS } from '../../../src/check/authoring.ts';
import { markArtifacts } from '../../../src/export/pdf-artifacts.ts';
import { finishPdf } from '../../../src/export/pdf-update.ts';
import { xmpPacket } from '../../../src/export/pdf-xmp.ts';
import type { Slide } from '../../../src/content/validate.ts';

describe('markdownText', () => {
  it('keeps underscores, asterisks and code that are text; drops the Markdown around them', () => {
    expect(markdownText('`__init__` and my_var_name: 2 * 3 is *fine*')).toBe('__init__ and my_var_name: 2 * 3 is fine');
    expect(markdownText('How **PDFs** keep `snake_case` — [docs](https://x.org)')).toBe('How PDFs keep snake_case — docs');
    expect(markdownText("we're \\*not\\* <b>html</b>")).toBe('we’re *not* <b>html</b>');
  });
  it('firstWords adds an ellipsis only when words were left out', () => {
    expect(firstWords('one two three', 3)).toBe('one two three');
    expect(firstWords('one two three four', 3)).toBe('one two three…');
  });
});

describe('check: notes longer than the PDF notes page', () => {
  const slide = (notes: string): Slide => ({ number: 1, layout: 'bullets', data: { notes } as Slide['data'], pos: { line: 1, column: 1 } as Slide['pos'], path: [] });
  it(`warns above ${NOTES_PAGE_WORDS} words, not below`, () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(authoringFindings([slide(words(NOTES_PAGE_WORDS))])).toEqual([]);
    const [f] = authoringFindings([slide(words(NOTES_PAGE_WORDS + 20))]);
    expect(f).toMatchObject({ rule: 'notes-long', severity: 'warning', message: expect.stringContaining('smaller type') });
  });
});

describe('markArtifacts', () => {
  it('wraps untagged text and paths, leaves tagged content and text objects intact', () => {
    const src = 'q 0 0 10 10 re f Q\nBT /F1 12 Tf <0001> Tj /P <</MCID 0>> BDC <0002> Tj EMC ET\n/X0 Do';
    const out = markArtifacts(src)!;
    expect(out).toMatch(/\/Artifact BMC\s+0 0 10 10 re\s+f\s+EMC/);
    expect(out).toMatch(/\/Artifact BMC\s+<0001> Tj\s+EMC/);
    expect(out).toMatch(/<<\/MCID 0>> BDC\s*<0002> Tj\s*EMC/);
    expect(out).toMatch(/\/Artifact BMC\s+\/X0 Do\s+EMC/);
    // a run of text in one text object is one sequence, positioning included
    expect(markArtifacts('BT <01> Tj 5 0 Td <02> Tj ET')).toMatch(/^BT\s+\/Artifact BMC\s+<01> Tj\s+5 0 Td\s+<02> Tj\s+EMC\s+ET$/);
    expect(markArtifacts('/P <</MCID 0>> BDC BT <01> Tj ET EMC')).toBeUndefined();
  });
  it('leaves a stream with an inline image alone', () => {
    expect(markArtifacts('BI /W 1 /H 1 ID x EI <01> Tj')).toBeUndefined();
  });
});

describe('finishPdf', () => {
  async function sample(pages: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    for (let i = 0; i < pages; i++) doc.addPage([400, 225]).drawText(`page ${i + 1}`, { x: 20, y: 100 });
    return doc.save({ useObjectStreams: false });
  }

  it('writes the outline it is given: top-level sections holding their slides, each at its page', async () => {
    const out = finishPdf(await sample(4), { title: 'T', bookmarks: [
      { title: 'Intro', page: 0, top: true }, { title: 'Part 1', page: 1, top: true }, { title: 'A', page: 2, top: false }, { title: 'B', page: 3, top: false }] });
    const doc = await getDocument({ data: out.slice(), verbosity: 0 }).promise;
    const outline = await doc.getOutline();
    expect(outline.map((o) => [o.title, o.items.map((i) => i.title)])).toEqual([['Intro', []], ['Part 1', ['A', 'B']]]);
    expect(await doc.getPageIndex((outline[1]!.items[1]!.dest as [{ num: number; gen: number }])[0])).toBe(3);
    await doc.destroy();
  });

  it('adds XMP matching Info, in UTF-8', async () => {
    const out = finishPdf(await sample(1), { title: 'Ünï “t”', author: 'Ada O’Neil', subject: 'S & T' });
    const doc = await getDocument({ data: out.slice(), verbosity: 0 }).promise;
    const meta = await doc.getMetadata();
    expect(meta.metadata?.get('dc:title')).toBe('Ünï “t”');
    expect(meta.metadata?.get('dc:creator')).toEqual(['Ada O’Neil']);
    expect(meta.metadata?.get('dc:description')).toBe('S & T');
    expect((meta.info as Record<string, unknown>).Title).toBe('Ünï “t”');
    await doc.destroy();
  });

  it('XMP escapes markup in values', () => {
    expect(xmpPacket({ title: '<a> & "b"', date: new Date(0), producer: 'p' })).toContain('&lt;a&gt; &amp; &quot;b&quot;');
  });
});
