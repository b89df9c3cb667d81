// The pure part of `podium check`'s run: one finding per thing.
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../src/check/audit-run.ts';

describe('dedupe', () => {
  it('keeps the worst of the same overlap seen at several window sizes', () => {
    const found = dedupe([
      { rule: 'collision', slide: 2, pixels: 4, message: 'li "x" runs under the slide number by 4 px' },
      { rule: 'collision', slide: 2, pixels: 9, message: 'li "x" runs under the slide number by 9 px (window 1024×768)' },
      { rule: 'collision', slide: 3, pixels: 4, message: 'li "x" runs under the slide number by 4 px' },
    ]);
    expect(found.map((f) => [f.slide, f.pixels])).toEqual([[2, 9], [3, 4]]);
  });

  it('reports the theme\'s chrome overlapping itself once, at the first slide it shows on', () => {
    const found = dedupe([
      { rule: 'chrome', slide: 2, pixels: 18, message: 'the slide number and the "previous" arrow overlap by 18 px' },
      { rule: 'chrome', slide: 5, pixels: 30, message: 'the slide number and the "previous" arrow overlap by 30 px (window 1024×768)' },
    ]);
    expect(found).toEqual([{ rule: 'chrome', slide: 2, pixels: 30, message: 'the slide number and the "previous" arrow overlap by 30 px (window 1024×768)' }]);
  });
});
