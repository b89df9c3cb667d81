// PNG export: image names per slide and fragment step.
import { describe, expect, it } from 'vitest';
import { pngNames } from '../../../src/export/png.ts';

describe('png names', () => {
  it('names images by slide, with letters for fragment steps', () => {
    expect(pngNames([{ slide: 1, step: 0 }, { slide: 3, step: 0 }, { slide: 3, step: 1 }], 12)).toEqual(['01.png', '03a.png', '03b.png']);
    expect(pngNames([{ slide: 7, step: 0 }], 120)).toEqual(['007.png']);
  });
});
