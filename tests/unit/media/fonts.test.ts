// SVG text in the theme's bundled fonts.
import { describe, expect, it } from 'vitest';
import { bundleSvgFonts } from '../../../src/media/fonts.ts';
import { MEDIA_THEME as theme } from '../_support.ts';

describe('bundleSvgFonts: SVG text in the theme\'s bundled fonts', () => {
  it('replaces font lists that end in a generic family with the theme\'s stack', () => {
    const svg = '<svg><style>#m{font-family:"trebuchet ms",verdana,arial,sans-serif;font-size:16px}</style>'
      + '<text font-family="sans-serif">a</text><text font-family="monospace">b</text><text style="font-family: Courier, monospace; fill: red">c</text>'
      + '<text font-family="Inter">d</text></svg>';
    const out = bundleSvgFonts(svg, theme);
    expect(out).toContain("#m{font-family:'Inter', sans-serif;font-size:16px}");
    expect(out).toContain(`<text font-family="'Inter', sans-serif">a</text>`);
    expect(out).toContain(`<text font-family="'JetBrains Mono', monospace">b</text>`);
    expect(out).toContain("style=\"font-family:'JetBrains Mono', monospace; fill: red\"");
    expect(out).toContain('<text font-family="Inter">d</text>'); // a bundled family, named: left alone
    expect(out).not.toMatch(/trebuchet|verdana|arial|Courier/);
  });
});
