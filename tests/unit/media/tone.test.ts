// Tone and scrim from pixels (pure): the weakest text colour reaches 4.5:1 with the lightest scrim that does it.
import { describe, expect, it } from 'vitest';
import { chooseTone, palettes, scrimFor, weakest, BLACK, WHITE, TARGET } from '../../../src/media/tone.ts';
import type { Rgba } from '../../../src/theme/color.ts';

const DARK_THEME = { background: '#0e1117', text: '#f3f4f7', muted: '#aab2c2', accent: '#f05a3a', 'accent-2': '#ffb547', link: '#ff8f70', surface: '#171c26', border: '#262d3b', 'code-background': '#0a0d12', glow: 'transparent' };
const grey = (v: number): Rgba => ({ r: v, g: v, b: v, a: 1 });
const many = (c: Rgba, n = 100) => Array.from({ length: n }, () => c);

describe('chooseTone', () => {
  it('keeps the theme\'s light text and adds no scrim on a dark picture', () => {
    const r = chooseTone(many(grey(20)), DARK_THEME);
    expect(r).toMatchObject({ tone: 'light', scrim: undefined, vars: {} });
    expect(r.contrast).toBeGreaterThanOrEqual(TARGET);
  });

  it('switches to dark text (the theme\'s background colour) on a light picture, and keeps accents readable', () => {
    const r = chooseTone(many(grey(245)), DARK_THEME);
    expect(r.tone).toBe('dark');
    expect(r.scrim).toBeUndefined();
    expect(r.vars['--podium-text']).toBe('#0e1117');
    expect(r.vars['--podium-accent-2']).toBe('#0e1117'); // amber bold text would not read on white
    expect(r.contrast).toBeGreaterThanOrEqual(TARGET);
  });

  it('lays the lightest scrim that works over a picture no colour reads on', () => {
    const stripes = [...many(grey(10), 50), ...many(grey(250), 50)];
    const r = chooseTone(stripes, DARK_THEME);
    expect(r.scrim).toBeDefined();
    expect(r.contrast).toBeGreaterThanOrEqual(TARGET);
    const pal = palettes(DARK_THEME)[r.tone];
    const colour = r.tone === 'light' ? BLACK : WHITE;
    const a = r.scrim!.alpha;
    expect(weakest(stripes, [pal.text, pal.muted], colour, a)).toBeGreaterThanOrEqual(TARGET);
    expect(weakest(stripes, [pal.text, pal.muted], colour, a - 0.02)).toBeLessThan(TARGET + 0.25); // not heavier than needed
  });

  it('honours tone: light on a light picture with a dark scrim', () => {
    const r = chooseTone(many(grey(240)), DARK_THEME, 'light');
    expect(r.tone).toBe('light');
    expect(r.scrim?.color).toBe('#000000');
    expect(r.scrim!.alpha).toBeGreaterThan(0.4);
    expect(r.contrast).toBeGreaterThanOrEqual(TARGET);
  });

  it('ignores the brightest 1% (a highlight is not where a line of text sits)', () => {
    const pixels = [...many(grey(15), 199), grey(255)];
    expect(scrimFor(pixels, [palettes(DARK_THEME).light.text], BLACK)).toBe(0);
  });
});
