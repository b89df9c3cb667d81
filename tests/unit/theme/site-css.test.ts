// The site stylesheet built from the deck's theme (and the handout's).
import { describe, expect, it } from 'vitest';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';
import { siteThemeCss } from '../../../src/theme/site-css.ts';

describe('site stylesheet', () => {
  const pytorch = resolveBuiltinTheme('pytorch');

  it('builds a site stylesheet: only the faces used, relative font URLs, handout pages in their own theme', () => {
    const css = siteThemeCss(pytorch, { handout: resolveBuiltinTheme('paper') });
    expect(css).toContain("src: url(fonts/inter-latin-400-normal.woff2) format('woff2')");
    expect(css).toContain("font-family: 'Source Serif 4'");           // paper's headings, for the handout pages
    expect(css).not.toContain('Atkinson');                           // a theme nobody here uses ships nothing
    expect(css).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    expect(css).toMatch(/:root, \.handout \.reveal \{\n {2}--podium-bg: #0e1117;/);
    expect(css).toMatch(/:root:has\(> body\.handout\) \{\n {2}--podium-bg: #ffffff;/);
  });
});
