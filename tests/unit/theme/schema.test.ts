// The theme.yaml schema: colours, sizes and names checked with messages that show the value.
import { describe, expect, it } from 'vitest';
import { color, DEFAULT_TOKENS, REQUIRED_COLORS, themeSchema } from '../../../src/theme/schema.ts';

const messages = (input: unknown) => {
  const r = themeSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('themeSchema', () => {
  it('trims colours and reads sizes as px numbers', () => {
    expect(color.parse(' #0a7 ')).toBe('#0a7');
    expect(themeSchema.parse({ colors: { accent: ' navy ' }, type: { heading: '80px', body: 40 }, radius: 0 }))
      .toMatchObject({ colors: { accent: 'navy' }, type: { heading: 80, body: 40 }, radius: 0 });
  });

  it('names the value it refuses, and explains an empty colour (an unquoted #)', () => {
    expect(messages({ colors: { accent: null, text: 'blak' }, type: { heading: 'huge' } })).toEqual([
      expect.stringMatching(/^colors\.text: "blak" is not a colour/), // in the schema's order: text before accent
      'colors.accent: is empty: YAML reads # as the start of a comment, so quote hex colours ("#0a7")',
      'type.heading: "huge" is not a size: write px, like 44 or "44px"',
    ]);
  });

  it('refuses unknown tokens, bad weights and names, and takes null groups (all commented out)', () => {
    expect(messages({ colours: {} })).toHaveLength(1);
    expect(messages({ type: { 'heading-weight': 750 } })).toHaveLength(1);
    expect(messages({ extends: '../x' })).toEqual(['extends: must be a theme name']);
    expect(messages({ colors: null, fonts: null, logo: false, footer: false, 'slide-number': { style: 'pill' } })).toEqual([]);
  });

  it('every colour but the glow is required; the defaults need no colour but the glow', () => {
    expect(REQUIRED_COLORS).not.toContain('glow');
    expect(REQUIRED_COLORS).toHaveLength(9);
    expect(DEFAULT_TOKENS.colors).toEqual({ glow: 'transparent' });
  });
});
