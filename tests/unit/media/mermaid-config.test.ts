// Mermaid's settings: strict security, locked, in the theme's tokens.
import { describe, expect, it } from 'vitest';
import { mermaidConfig } from '../../../src/media/mermaid-config.ts';
import { MEDIA_THEME as theme } from '../_support.ts';

describe('mermaidConfig', () => {
  it('is strict, draws SVG text unless the deck allows HTML, locks those settings, and takes the theme\'s tokens', () => {
    const c = mermaidConfig(theme, false) as { securityLevel: string; htmlLabels: boolean; flowchart: { htmlLabels: boolean }; secure: string[]; themeVariables: Record<string, unknown> };
    expect(c.securityLevel).toBe('strict');
    expect([c.htmlLabels, c.flowchart.htmlLabels]).toEqual([false, false]);
    expect(c.secure).toEqual(expect.arrayContaining(['securityLevel', 'htmlLabels', 'flowchart']));
    expect(c.themeVariables).toMatchObject({ primaryColor: '#171c26', primaryBorderColor: '#f05a3a', primaryTextColor: '#f3f4f7', fontFamily: "'Inter', sans-serif", darkMode: true });
    expect((mermaidConfig(theme, true) as { htmlLabels: boolean }).htmlLabels).toBe(true);
  });
});
