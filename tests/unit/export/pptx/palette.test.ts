// The theme's tokens as PowerPoint sees them.
import { describe, expect, it } from 'vitest';
import { colorSchemeXml, fontsNeeded, pptxTheme, xmlAttr } from '../../../../src/export/pptx/palette.ts';
import { resolveBuiltinTheme } from '../../../../src/theme/resolve.ts';

describe('pptxTheme', () => {
  it('paints translucent tokens over the background; bold headings from weight 600', () => {
    const tokens = resolveBuiltinTheme('pytorch').tokens;
    const t = pptxTheme({ ...tokens, colors: { ...tokens.colors, border: 'rgba(255, 255, 255, 0.5)' } });
    expect(t.hex.background).toBe('0E1117');
    expect(t.hex.border).toBe('87888B'); // half white over #0e1117
    expect(t.headingBold).toBe(tokens.type['heading-weight'] >= 600);
  });

  it('writes the scheme with hyperlinks in the link colour, escaping the name; lists each font once', () => {
    const t = pptxTheme(resolveBuiltinTheme('pytorch').tokens);
    const xml = colorSchemeXml(t, 'a "b" & c');
    expect(xml).toMatch(/^<a:clrScheme name="a &quot;b&quot; &amp; c"><a:dk1><a:srgbClr val="F3F4F7"\/><\/a:dk1>/);
    expect(xml).toContain(`<a:hlink><a:srgbClr val="${t.hex.link}"/></a:hlink>`);
    expect(xmlAttr('<x>')).toBe('&lt;x&gt;');
    expect(fontsNeeded(t)).toEqual(['Inter', 'JetBrains Mono']);
  });
});
