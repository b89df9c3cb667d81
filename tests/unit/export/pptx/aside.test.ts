// `aside:` in the .pptx: the picture's box on its side, the rest of the slide's geometry beside it.
import { describe, expect, it } from 'vitest';
import { asideLayout } from '../../../../src/export/pptx/aside.ts';
import { frameFor } from '../../../../src/export/pptx/geometry.ts';
import { geometry } from '../../../../src/export/pptx/master.ts';
import { pptxTheme } from '../../../../src/export/pptx/palette.ts';
import { resolveBuiltinTheme } from '../../../../src/theme/resolve.ts';

const f = frameFor('16:9');
const t = pptxTheme(resolveBuiltinTheme('pytorch').tokens);

describe('aside layout', () => {
  it('takes its side edge to edge, and lays the rest out beside it', () => {
    const left = asideLayout({ image: 'a.png', alt: 'A', width: '40%' }, f, t)!;
    expect(left.box).toEqual({ x: 0, y: 0, w: 768, h: 1080 });
    expect(left.geo.title.x).toBe(768 + t.spacing['slide-x']);
    expect(left.geo.body.x + left.geo.body.w).toBeCloseTo(1920 - t.spacing['slide-x']);
    expect(left.geo.title.y).toBe(geometry(f, t).title.y); // only across: heights stay as they were
    const right = asideLayout({ image: 'a.png', alt: 'A', side: 'right', width: '30%' }, f, t)!;
    expect(right.box).toEqual({ x: 1344, y: 0, w: 576, h: 1080 });
    expect(right.geo.body.x + right.geo.body.w).toBeCloseTo(1344 - t.spacing['slide-x']);
  });

  it('is nothing without an image', () => {
    expect(asideLayout(undefined, f, t)).toBeUndefined();
    expect(asideLayout({ side: 'left' }, f, t)).toBeUndefined();
  });
});
