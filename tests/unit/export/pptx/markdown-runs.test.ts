// The PowerPoint export's Markdown → runs and blocks.
import { describe, expect, it } from 'vitest';
import { inlineMarkdown, markdownBlocks, plainText } from '../../../../src/export/pptx/markdown-runs.ts';

describe('Markdown → runs', () => {
  it('turns emphasis, code, links and strike-through into run properties', () => {
    expect(inlineMarkdown('a **b** *c* `d` [e](https://x.org) ~~f~~')).toEqual([
      { text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italic: true }, { text: ' ' },
      { text: 'd', code: true }, { text: ' ' }, { text: 'e', link: 'https://x.org' }, { text: ' ' }, { text: 'f', strike: true },
    ]);
  });

  it('keeps list levels, numbering, quotes, code, tables and images as blocks', () => {
    const blocks = markdownBlocks('- a\n  - b\n\n1. c\n\n> q\n\n```py\nx = 1\n```\n\n| h |\n| - |\n| v |\n\n![alt](i.png)');
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'para', 'para', 'para', 'code', 'table', 'image']);
    expect(blocks.slice(0, 3).map((b) => b.kind === 'para' && [b.level, b.bullet])).toEqual([[0, 'bullet'], [1, 'bullet'], [0, 'number']]);
    expect(blocks[3]).toMatchObject({ quote: true });
    expect(blocks[4]).toEqual({ kind: 'code', code: 'x = 1', lang: 'py' });
    expect(blocks[6]).toEqual({ kind: 'image', src: 'i.png', alt: 'alt' });
  });

  it('keeps raw HTML as text unless the deck allows HTML, then strips the tags', () => {
    expect(plainText('<b>hi</b>')).toBe('<b>hi</b>');
    expect(markdownBlocks('<p class="x">hi</p>', true)).toEqual([{ kind: 'para', runs: [{ text: 'hi' }], level: 0 }]);
  });
});
