// Social-card (Open Graph) meta for a deck.
import { describe, expect, it } from 'vitest';
import { ogMeta } from '../../../src/render/og.ts';

describe('og meta', () => {
  it('gives og meta only when asked, absolute when the deck names its URL', () => {
    expect(ogMeta({ title: 'T' })).toBeUndefined();
    expect(ogMeta({ title: '*T*', subtitle: 'S' }, true)).toEqual({ title: 'T', description: 'S', image: 'og.png', url: undefined });
    expect(ogMeta({ title: 'T', og: { url: 'https://x.org/talk' } })).toMatchObject({ image: 'https://x.org/talk/og.png', url: 'https://x.org/talk/' });
  });
});
