// Runs and paragraphs → pptxgenjs text in the theme's look, and the rough measure that shrinks type to fit.
import { describe, expect, it } from 'vitest';
import { frameFor } from '../../../../src/export/pptx/geometry.ts';
import { pptxTheme } from '../../../../src/export/pptx/palette.ts';
import { fitSize, paragraphs, runOptions, textHeight, type TextStyle } from '../../../../src/export/pptx/text-props.ts';
import { resolveBuiltinTheme } from '../../../../src/theme/resolve.ts';

const f = frameFor('16:9');
const t = pptxTheme(resolveBuiltinTheme('pytorch').tokens);
const body: TextStyle = { size: 42, color: 'text' };

describe('runOptions', () => {
  it('bold in accent-2, code in the mono font, links in the link colour', () => {
    expect(runOptions({ text: 'a' }, body, f, t)).toMatchObject({ fontSize: 15.8, fontFace: '+mn-lt', color: 'tx1', bold: false, italic: false });
    expect(runOptions({ text: 'b', bold: true }, body, f, t)).toMatchObject({ bold: true, color: 'accent2' });
    expect(runOptions({ text: 'c', code: true }, body, f, t)).toMatchObject({ fontFace: 'JetBrains Mono', color: 'accent2' });
    expect(runOptions({ text: 'd', link: 'https://x.org', strike: true }, body, f, t)).toMatchObject({ hyperlink: { url: 'https://x.org' }, color: 'accent3', strike: 'sngStrike' });
  });
});

describe('paragraphs', () => {
  it('puts the bullet on the first run only, and a line break between paragraphs', () => {
    const out = paragraphs([
      { kind: 'para', runs: [{ text: 'one ' }, { text: 'two', bold: true }], level: 0, bullet: 'bullet' },
      { kind: 'para', runs: [{ text: 'nested' }], level: 1, bullet: 'bullet' },
    ], body, f, t);
    expect(out.map((r) => r.text)).toEqual(['one ', 'two', 'nested']);
    expect(out[0]!.options!.bullet).toMatchObject({ characterCode: '25C6' });
    expect(out[1]!.options!.bullet).toBeUndefined();
    expect(out[1]!.options!.breakLine).toBe(true);
    expect(out[2]!.options).toMatchObject({ indentLevel: 1, bullet: { characterCode: '2022' } });
    expect(out[2]!.options!.breakLine).toBeUndefined();
  });
});

describe('textHeight / fitSize', () => {
  const para = (text: string) => ({ runs: [{ text }], level: 0 });

  it('grows with wrapped lines', () => {
    expect(textHeight([para('x'.repeat(200))], body, 1000)).toBeGreaterThan(textHeight([para('x')], body, 1000));
  });

  it('keeps the size when the text fits, shrinks it (not below 55 %) when it does not', () => {
    expect(fitSize([para('short')], body, 1600, 800)).toBe(42);
    const shrunk = fitSize([para('word '.repeat(200))], body, 1600, 400);
    expect(shrunk).toBeLessThan(42);
    expect(shrunk).toBeGreaterThanOrEqual(Math.round(42 * 0.55 * 0.93));
  });
});
