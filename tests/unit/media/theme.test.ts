// A deck theme's tokens as the diagram and chart libraries want them.
import { describe, expect, it } from 'vitest';
import { fontFaceDataCss, mediaTheme } from '../../../src/media/theme.ts';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';
import { MEDIA_THEME } from '../_support.ts';

describe('mediaTheme', () => {
  it('gives hex colours, the bundled stacks and families', () => {
    const t = mediaTheme(resolveBuiltinTheme('pytorch'));
    expect(t.colors).toEqual(MEDIA_THEME.colors);
    expect(t.families).toEqual(MEDIA_THEME.families);
    expect(t.stacks.mono).toMatch(/^'JetBrains Mono'/);
  });

  it('drops alpha and falls back for what is not a colour', () => {
    const pytorch = resolveBuiltinTheme('pytorch');
    const t = mediaTheme({ ...pytorch, tokens: { ...pytorch.tokens, colors: { ...pytorch.tokens.colors, border: 'rgba(16, 32, 48, 0.5)', muted: 'var(--x)' } } });
    expect(t.colors.border).toBe('#102030');
    expect(t.colors.muted).toBe('#555555');
  });
});

describe('fontFaceDataCss', () => {
  it('inlines only the named families\' faces as data: URLs', () => {
    const css = fontFaceDataCss(resolveBuiltinTheme('pytorch'), ['JetBrains Mono']);
    expect(css).toMatch(/^@font-face \{ font-family: 'JetBrains Mono'; font-style: \w+; font-weight: \d+; src: url\(data:font\/woff2;base64,/);
    expect(css).not.toContain("'Inter'");
    expect(fontFaceDataCss(resolveBuiltinTheme('pytorch'), [])).toBe('');
  });
});
