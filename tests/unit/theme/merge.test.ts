// Merging theme layers token by token, remembering which layer set each token.
import { describe, expect, it } from 'vitest';
import type { Layer } from '../../../src/theme/layers.ts';
import { merge } from '../../../src/theme/merge.ts';
import { DEFAULT_TOKENS } from '../../../src/theme/schema.ts';

const layer = (name: string, data: Layer['data']): Layer => ({ name, kind: 'builtin', dir: `/t/${name}`, root: `/t/${name}`, parsed: undefined as never, at: [], data });

describe('merge', () => {
  it('starts from the defaults; later layers win token by token; each token remembers its layer', () => {
    const a = layer('a', { description: 'A', colors: { accent: '#111111', text: '#222222' }, fonts: { body: 'Inter' }, footer: 'A footer', 'slide-number': 'c' });
    const b = layer('b', { colors: { accent: '#333333' }, 'slide-number': { style: 'pill' } });
    const { tokens, origin, description } = merge([a, b]);
    expect(tokens.colors).toMatchObject({ accent: '#333333', text: '#222222' });
    expect(tokens.colors.glow).toBe(DEFAULT_TOKENS.colors.glow);
    expect(tokens.fonts).toEqual({ body: 'Inter' });
    expect(tokens.footer).toBe('A footer');
    expect(tokens.slideNumber).toEqual({ format: 'c', style: 'pill' });
    expect(description).toBe('A');
    expect(origin.get('colors.accent')).toMatchObject({ layer: b, path: ['colors', 'accent'] });
    expect(origin.get('colors.text')?.layer).toBe(a);
  });

  it('a logo can be set as a path, refined, and dropped with false', () => {
    const { tokens, origin } = merge([layer('a', { logo: './l.svg' }), layer('b', { logo: { position: 'top-left' } } as Layer['data'])]);
    expect(tokens.logo).toEqual({ src: './l.svg', position: 'top-left' });
    expect(origin.get('logo.src')?.path).toEqual(['logo', 'src']);
    const dropped = merge([layer('a', { logo: './l.svg' }), layer('b', { logo: false })]);
    expect(dropped.tokens.logo).toBeUndefined();
    expect(dropped.origin.has('logo.src')).toBe(false);
  });
});
