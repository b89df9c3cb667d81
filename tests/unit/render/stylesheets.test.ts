// The stylesheet cascade of a deck page, defined once for dev and build.
import { describe, expect, it } from 'vitest';
import { cascade, RUNTIME_STYLESHEETS } from '../../../src/render/stylesheets.ts';

describe('cascade', () => {
  it('runtime sheets first, then the content sheet when there is one, the theme last', () => {
    expect(cascade({ runtime: ['a.css', 'b.css'], theme: 't.css' })).toEqual(['a.css', 'b.css', 't.css']);
    expect(cascade({ runtime: ['podium.css'], content: 'c.css', theme: 't.css' })).toEqual(['podium.css', 'c.css', 't.css']);
  });

  it('reveal.js first, then the layouts', () => {
    expect(RUNTIME_STYLESHEETS.map((s) => s.name)).toEqual(['reveal', 'layouts', 'media', 'visual']);
  });
});
