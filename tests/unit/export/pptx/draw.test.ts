// draw.ts: what a small text field (a card, a label, a quote) becomes — paragraphs, nothing dropped.
import { describe, expect, it } from 'vitest';
import { mdText, type SlideContext } from '../../../../src/export/pptx/draw.ts';

const c = { allowHtml: false } as SlideContext;

describe('mdText', () => {
  it('keeps paragraphs, and turns code, tables and pictures into text rather than dropping them', () => {
    const paras = mdText(c, 'Some **text**\n\n```py\nx = 1\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n![A chart](c.png)');
    expect(paras.every((p) => p.kind === 'para')).toBe(true);
    expect(paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['Some text', 'x = 1', 'a · b / 1 · 2', '[A chart]']);
    expect(paras[1]!.runs[0]).toMatchObject({ code: true });
    expect(paras[3]!.runs[0]).toMatchObject({ italic: true });
    expect(mdText(c, undefined)).toEqual([]);
  });
});
