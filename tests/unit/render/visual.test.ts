// What the slide partial needs for the visual fields: background attributes, the handout's backdrop, classes.
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/content/validate.ts';
import { cssUrl, visualContext } from '../../../src/render/visual.ts';

const slide = (data: Record<string, unknown>): Slide => ({ number: 1, layout: 'bullets', data: { layout: 'bullets', ...data } as Slide['data'], pos: { line: 1, column: 1 } as Slide['pos'], path: [] });

describe('cssUrl', () => {
  it('percent-encodes what could end the url()', () => {
    expect(cssUrl('img/a b.png')).toBe('url("img/a%20b.png")');
    expect(cssUrl('x").y{}(\'.png')).toBe('url("x%22%29.y%7B%7D%28%27.png")');
  });
});

describe('visualContext', () => {
  it('a slide without visual fields: no background, the footer shown', () => {
    const v = visualContext(slide({}), undefined, undefined);
    expect(v.bg).toBeUndefined();
    expect(v.footer).toBe(true);
    expect(visualContext(slide({ footer: false }), undefined, undefined).footer).toBe(false);
  });

  it('a background image: reveal\'s attributes only where they differ from the defaults, and the handout\'s backdrop', () => {
    const v = visualContext(slide({ background: { image: 'img/a.jpg', fit: 'contain', opacity: 0.5 } }), undefined, undefined);
    expect(v.bg).toMatchObject({ image: 'img/a.jpg', size: 'contain', position: undefined, repeat: undefined, opacity: 0.5 });
    expect(v.classes).toContain('has-bg-image');
    expect(v.backdrop).toBe('background-image: url("img/a.jpg"); background-size: contain; background-position: center; background-repeat: no-repeat; opacity: 0.5');
  });

  it('a background colour is the backdrop itself', () => {
    const v = visualContext(slide({ background: '#101820' }), undefined, undefined);
    expect(v.bg?.color).toBe('#101820');
    expect(v.backdrop).toBe('background-color: #101820');
  });
});
