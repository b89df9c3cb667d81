// The deck's JSON Schema comes from the zod schemas and carries every visual field; docs/deck.schema.json is current.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckJsonSchema } from '../../src/content/json-schema.ts';
import { ROOT } from '../support/decks.ts';

type S = { properties?: Record<string, S>; required?: string[]; anyOf?: S[]; items?: S; enum?: unknown[]; const?: unknown; pattern?: string; maximum?: number; minItems?: number; maxItems?: number };
const schema = deckJsonSchema() as S;
const variants = schema.properties!.slides!.items!.anyOf!;
const layout = (name: string) => variants.find((v) => v.properties!.layout!.const === name)!;

describe('deckJsonSchema', () => {
  it('has one slide form per layout, the new ones included', () => {
    expect(variants.map((v) => v.properties!.layout!.const)).toEqual(expect.arrayContaining(['statement', 'stats', 'columns', 'gallery', 'image', 'bullets']));
  });

  it('describes the visual fields on every layout', () => {
    for (const v of variants) {
      expect(Object.keys(v.properties!)).toEqual(expect.arrayContaining(['background', 'aside', 'footer', 'number', 'style']));
    }
    const bullets = layout('bullets').properties!;
    const bgObject = bullets.background!.anyOf!.find((f) => f.properties)!;
    expect(bgObject.properties!.fit!.enum).toEqual(['cover', 'contain', 'auto']);
    expect(bgObject.properties!.tone!.enum).toEqual(['auto', 'light', 'dark']);
    expect(bgObject.properties!.dim!.maximum).toBe(0.95);
    expect(bullets.aside!.required).toEqual(expect.arrayContaining(['image', 'alt']));
    expect(bullets.aside!.properties!.width!.pattern).toBeDefined();
  });

  it('requires alt on gallery images and bounds the lists', () => {
    const images = layout('gallery').properties!.images!;
    expect(images.items!.required).toEqual(expect.arrayContaining(['src', 'alt']));
    expect([images.minItems, images.maxItems]).toEqual([2, 6]);
    expect([layout('stats').properties!.items!.minItems, layout('stats').properties!.items!.maxItems]).toEqual([1, 4]);
    expect(layout('image').properties!.fit!.enum).toEqual(['contain', 'cover']);
  });

  it('is what docs/deck.schema.json holds', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'docs/deck.schema.json'), 'utf8'))).toEqual(schema);
  });
});
