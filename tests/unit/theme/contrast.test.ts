// WCAG 2.x contrast maths: known ratios, translucency, luminance, rounding, the pairs the layouts draw.
import { describe, expect, it } from 'vitest';
import { parseColor } from '../../../src/theme/color.ts';
import { checkContrast, contrastRatio, formatRatio, luminance } from '../../../src/theme/contrast.ts';

describe('contrast (WCAG 2.x)', () => {
  it('matches known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);   // the classic "just fails AA" grey
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);   // …and the one that passes
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(contrastRatio('#000000', '#ffffff'), 10); // symmetric
  });

  it('composites translucent colours over what is behind them', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrastRatio('#808080', '#ffffff'), 1);
    expect(contrastRatio('transparent', '#123456')).toBeCloseTo(1, 5);
  });

  it('computes luminance from sRGB', () => {
    expect(luminance(parseColor('#ffffff')!)).toBeCloseTo(1, 6);
    expect(luminance(parseColor('#000')!)).toBe(0);
    expect(luminance(parseColor('#808080')!)).toBeCloseTo(0.2159, 3);
  });

  it('never rounds a ratio up past the threshold it failed', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('checks every pair the layouts draw text with', () => {
    const colors = { background: '#ffffff', surface: '#ffffff', border: '#000', text: '#000', muted: '#777777', accent: '#000', 'accent-2': '#000', 'code-background': '#fff', link: '#000', glow: 'transparent' };
    const failing = checkContrast(colors).filter((c) => !c.ok).map((c) => `${c.fg}/${c.bg}`);
    expect(failing).toEqual(['muted/background', 'muted/surface', 'muted/code-background']);
  });
});
