// Theme tokens → CSS custom properties and token-driven rules.
import { describe, expect, it } from 'vitest';
import { themeRules, themeVars, varsBlock } from '../../../src/theme/css.ts';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';

describe('tokens → CSS', () => {
  const pytorch = resolveBuiltinTheme('pytorch');

  it('writes every colour token as the custom property the layouts read', () => {
    const vars = Object.fromEntries(themeVars(pytorch.tokens, pytorch.stacks));
    expect(vars).toMatchObject({
      '--podium-bg': '#0e1117', '--podium-surface': '#171c26', '--podium-surface-border': '#262d3b', '--podium-text': '#f3f4f7',
      '--podium-muted': '#aab2c2', '--podium-accent': '#f05a3a', '--podium-accent-2': '#ffb547', '--podium-code-bg': '#0a0d12',
      '--podium-link': '#ff8f70', '--podium-glow': 'rgba(238, 76, 44, 0.16)',
      '--podium-font-heading': "'Inter', 'Noto Emoji', sans-serif", '--podium-font-mono': "'JetBrains Mono', 'Noto Emoji', monospace", // the emoji font before the generic family (docs/math.md)
      '--podium-size-heading': '76px', '--podium-size-base': '42px', '--podium-weight-heading': '800', '--podium-radius': '24px',
      '--podium-space-x': '132px', '--podium-type-scale': '1',
    });
  });

  it('multiplies type sizes by the scale', () => {
    const t = { ...pytorch.tokens, type: { ...pytorch.tokens.type, scale: 1.5, heading: 80 } };
    const vars = Object.fromEntries(themeVars(t, pytorch.stacks));
    expect(vars['--podium-size-heading']).toBe('120px');
    expect(vars['--podium-size-caption']).toBe('33px');
    expect(vars['--podium-type-scale']).toBe('1.5');
  });

  it('writes a custom-property block and token-driven rules', () => {
    expect(varsBlock(':root', [['--a', '1'], ['--b', 'x']])).toBe(':root {\n  --a: 1;\n  --b: x;\n}');
    const pill = { ...pytorch.tokens, slideNumber: { format: 'c' as const, style: 'pill' as const } };
    expect(themeRules(pill)).toMatch(/\.reveal \.slide-number \{[^}]*border-radius: 999px/);
    expect(themeRules(pytorch.tokens)).toBe('');
    const logo = { ...pytorch.tokens, logo: { src: '/x.svg', position: 'bottom-left' as const, height: 40 } };
    expect(themeRules(logo, { height: 40, width: 120 }, '.g')).toBe('.g .slide-footer { left: calc(var(--podium-space-x) + 152px); }');
  });
});
