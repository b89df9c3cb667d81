// Fonts: the installed @fontsource packages, the faces each role needs, @font-face rules and stacks.
import { describe, expect, it } from 'vitest';
import { cssString, facesFor, fontFaceCss, fontFaces, fontSitePath, fontStack, installedFonts } from '../../../src/theme/fonts.ts';

describe('fonts', () => {
  const inter = installedFonts().get('inter')!;

  it('finds the installed packages by lower-case family', () => {
    expect(inter).toMatchObject({ family: 'Inter', pkg: '@fontsource/inter' });
    expect(installedFonts().get('jetbrains mono')?.category).toBe('monospace');
  });

  it('needs regular and bold for code, the heading weight for headings, a range for body text', () => {
    expect(facesFor('mono', 800)).toEqual([[400, 'normal'], [700, 'normal']]);
    expect(facesFor('heading', 800)[0]).toEqual([800, 'normal']);
    expect(facesFor('body', 800)).toContainEqual([400, 'italic']);
  });

  it('ships the files of the faces asked for, per subset, at the nearest weight', () => {
    const faces = fontFaces(inter, [[400, 'normal'], [650, 'normal']]);
    expect(faces.map((f) => `${f.subset}-${f.weight}`).sort()).toEqual(['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700']);
    expect(fontSitePath(faces[0]!)).toBe('podium/fonts/inter-latin-400-normal.woff2');
    expect(faces[0]!.unicodeRange).toMatch(/^U\+/);
  });

  it('writes @font-face rules and the stack with the emoji font before the generic family', () => {
    const [face] = fontFaces(inter, [[400, 'normal']]);
    expect(fontFaceCss([face!], (f) => `fonts/${f.weight}.woff2`)).toMatch(/^@font-face \{\n {2}font-family: 'Inter'; font-style: normal; font-weight: 400; font-display: swap;\n {2}src: url\(fonts\/400\.woff2\) format\('woff2'\);\n {2}unicode-range: U\+/);
    expect(fontStack(inter)).toBe("'Inter', 'Noto Emoji', sans-serif");
    expect(cssString("O'Neil\\")).toBe("'O\\'Neil\\\\'");
  });
});
