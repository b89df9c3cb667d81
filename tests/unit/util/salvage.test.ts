// salvage (src/util/salvage.ts): what a stage can still check after reporting a problem.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { salvage } from '../../../src/util/salvage.ts';

describe('salvage', () => {
  const schema = z.strictObject({
    colors: z.strictObject({ accent: z.string().regex(/^#/), text: z.string().regex(/^#/) }).partial().optional(),
    fonts: z.strictObject({ body: z.string() }).partial().optional(),
    logo: z.strictObject({ src: z.string(), height: z.number() }).optional(),
  });

  it('keeps what the schema accepts: a misspelt key or a bad value does not take the rest with it', () => {
    expect(salvage(schema, { colours: { accent: '#0a7' }, fonts: { body: 'Comic Sans' } })).toEqual({ fonts: { body: 'Comic Sans' } });
    expect(salvage(schema, { colors: { accent: 'teal', text: '#fff' }, fonts: { body: 'Inter' } })).toEqual({ colors: { text: '#fff' }, fonts: { body: 'Inter' } });
  });

  it('drops a mapping that misses a required field, and leaves its input alone', () => {
    const input = { logo: { src: 'x.svg' }, fonts: { body: 'Inter' } };
    expect(salvage(schema, input)).toEqual({ fonts: { body: 'Inter' } });
    expect(input.logo).toEqual({ src: 'x.svg' });
  });

  it('gives up when nothing acceptable is left', () => {
    expect(salvage(schema, 'not a mapping')).toBeUndefined();
    expect(salvage(z.object({ title: z.string() }), {})).toBeUndefined();
  });
});
