// The OOXML patches of the PowerPoint export, and the theme → colour scheme they write.
import { describe, expect, it } from 'vitest';
import { colorBullets, groupShapes, monoPitch, movePlaceholders, oneParagraphProps, patchTheme } from '../../../../src/export/pptx/ooxml.ts';
import { colorSchemeXml, pptxTheme } from '../../../../src/export/pptx/palette.ts';
import { resolveBuiltinTheme } from '../../../../src/theme/resolve.ts';

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
