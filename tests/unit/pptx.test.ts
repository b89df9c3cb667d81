// Pure parts of the PowerPoint and PNG exports: Markdown → runs, the OOXML patches, the zip container,
// theme → colour scheme, PNG names, social-card meta, and the layout-rule lookup.
import { describe, expect, it } from 'vitest';
import { codeLines } from '../../src/export/pptx/code-runs.ts';
import { builtinLayouts } from '../../src/content/schema.ts';
import { fallback, ruleFor, RULES } from '../../src/export/pptx/layouts/index.ts';
import { inlineMarkdown, markdownBlocks, plainText } from '../../src/export/pptx/markdown-runs.ts';
import { colorBullets, groupShapes, monoPitch, movePlaceholders, oneParagraphProps, patchTheme } from '../../src/export/pptx/ooxml.ts';
import { colorSchemeXml, pptxTheme } from '../../src/export/pptx/palette.ts';
import { readZip, writeZip } from '../../src/export/pptx/zip.ts';
import { pngNames } from '../../src/export/png.ts';
import { ogMeta } from '../../src/render/og.ts';
import { resolveBuiltinTheme } from '../../src/theme/resolve.ts';

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

describe('OOXML patches', () => {
  it('keeps one <a:pPr> per paragraph, the first', () => {
    const xml = '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0"/><a:r><a:t>b</a:t></a:r></a:p>';
    expect(oneParagraphProps(xml)).toBe('<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
  });

  it('colours bullets: accent at the top level, muted when nested', () => {
    expect(colorBullets('<a:buSzPct val="100000"/><a:buChar char="&#x25C6;"/>')).toContain('<a:buClr><a:schemeClr val="accent1"/></a:buClr>');
    expect(colorBullets('<a:buSzPct val="100000"/><a:buChar char="&#x2022;"/>')).toContain('<a:schemeClr val="tx2"/>');
  });

  it('marks the mono font fixed-pitch', () => {
    expect(monoPitch('<a:latin typeface="JetBrains Mono" pitchFamily="34" charset="0"/>', 'JetBrains Mono')).toContain('pitchFamily="49"');
    expect(monoPitch('<a:latin typeface="Inter" pitchFamily="34"/>', 'JetBrains Mono')).toContain('pitchFamily="34"');
  });

  it('wraps shapes of one group into a <p:grpSp> spanning them', () => {
    const sp = (id: number, name: string, x: number) => `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="10"/><a:ext cx="100" cy="50"/></a:xfrm></p:spPr></p:sp>`;
    const xml = `<p:spTree>${sp(2, 'Title', 0)}${sp(3, 'grp:1:Card 1\u00a7card', 100)}${sp(4, 'grp:1:Card 1\u00a7text', 150)}${sp(5, 'grp:2:Card 2\u00a7card', 400)}</p:spTree>`;
    const out = groupShapes(xml);
    expect(out.match(/<p:grpSp>/g)).toHaveLength(2);
    expect(out).toContain('name="Card 1"/><p:cNvGrpSpPr/>');
    expect(out).toContain('<a:off x="100" y="10"/><a:ext cx="150" cy="50"/><a:chOff x="100" y="10"/><a:chExt cx="150" cy="50"/>');
    expect(out).toContain('name="card"');
    expect(out.indexOf('name="Title"')).toBeLessThan(out.indexOf('<p:grpSp>'));
  });

  it('moves the placeholders a rule filled to its frames, in order, leaving other shapes and the slide number', () => {
    const ph = (ph: string, x: number) => `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text 1"/><p:nvPr><p:ph\n\t\t idx="10${x}"\n\t\t type="${ph}"\n\t\t/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="0"/><a:ext cx="5" cy="5"/></a:xfrm></p:spPr></p:sp>`;
    const free = '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Text 2"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="7" y="7"/><a:ext cx="1" cy="1"/></a:xfrm></p:spPr></p:sp>';
    const out = movePlaceholders(`${ph('title', 1)}${free}${ph('body', 2)}${ph('sldNum', 3)}`, [[100, 200, 300, 400], [500, 600, 700, 800]]);
    expect(out.match(/<a:off [^>]*\/><a:ext [^>]*\/>/g)).toEqual([
      '<a:off x="100" y="200"/><a:ext cx="300" cy="400"/>', '<a:off x="7" y="7"/><a:ext cx="1" cy="1"/>',
      '<a:off x="500" y="600"/><a:ext cx="700" cy="800"/>', '<a:off x="3" y="0"/><a:ext cx="5" cy="5"/>',
    ]);
  });

  it('writes the theme\'s colours into the colour scheme, translucent ones painted over the background', () => {
    const t = pptxTheme(resolveBuiltinTheme('pytorch').tokens);
    expect(t.hex).toMatchObject({ text: 'F3F4F7', background: '0E1117', accent: 'F05A3A' });
    const theme = patchTheme('<a:theme xmlns:a="x" name="Office Theme"><a:clrScheme name="Office"><a:dk1/></a:clrScheme><a:fontScheme name="Office">', t, 'pytorch');
    expect(theme).toBe(`<a:theme xmlns:a="x" name="pytorch">${colorSchemeXml(t, 'pytorch')}<a:fontScheme name="pytorch">`);
  });
});

describe('zip container', () => {
  it('round-trips parts, deflating text and storing pictures', () => {
    const files = new Map([['[Content_Types].xml', Buffer.from('<Types/>'.repeat(50))], ['ppt/media/a.png', Buffer.from([1, 2, 3])], ['ppt/media/', Buffer.alloc(0)]]);
    const zip = writeZip(files);
    expect(zip.length).toBeLessThan(400 + 8 * 50);
    const back = readZip(zip);
    expect([...back.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of files) expect(Buffer.from(back.get(k)!).equals(v)).toBe(true);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('hello'))).toThrow(/not a zip/);
  });
});

describe('code runs', () => {
  it('colours tokens as the deck does and marks highlighted lines', () => {
    const lines = codeLines('def f():\n    return "x"  # c\n', 'python', '2');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.runs[0]).toEqual({ text: 'def', color: 'accent' });
    expect(lines[1]!.runs.find((r) => r.text === '"x"')?.color).toBe('accent-2');
    expect(lines[1]!.runs.find((r) => r.text.includes('# c'))).toMatchObject({ color: 'muted', italic: true });
    expect(lines.map((l) => [l.marked, l.dimmed])).toEqual([[false, true], [true, false]]);
  });
});

describe('layout rules', () => {
  it('has a rule for every built-in layout and falls back for any other name', () => {
    for (const l of builtinLayouts) expect(RULES[l], l).toBeDefined(); // every layout of the schema is mapped
    expect(builtinLayouts).toEqual(expect.arrayContaining(['gallery', 'stats', 'statement', 'columns']));
    expect(ruleFor('diagram')).toBe(RULES.chart); // both are a picture of the media stage's SVG
    expect(ruleFor('big-number')).toBe(fallback); // a deck's own layout
    expect(ruleFor('constructor')).toBe(fallback);
    expect(ruleFor('__proto__')).toBe(fallback);
  });
});

describe('png names and og meta', () => {
  it('names images by slide, with letters for fragment steps', () => {
    expect(pngNames([{ slide: 1, step: 0 }, { slide: 3, step: 0 }, { slide: 3, step: 1 }], 12)).toEqual(['01.png', '03a.png', '03b.png']);
    expect(pngNames([{ slide: 7, step: 0 }], 120)).toEqual(['007.png']);
  });

  it('gives og meta only when asked, absolute when the deck names its URL', () => {
    expect(ogMeta({ title: 'T' })).toBeUndefined();
    expect(ogMeta({ title: '*T*', subtitle: 'S' }, true)).toEqual({ title: 'T', description: 'S', image: 'og.png', url: undefined });
    expect(ogMeta({ title: 'T', og: { url: 'https://x.org/talk' } })).toMatchObject({ image: 'https://x.org/talk/og.png', url: 'https://x.org/talk/' });
  });
});
