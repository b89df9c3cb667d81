// A slide's background settings: both forms, the same defaults; CSS positions as fractions.
import { describe, expect, it } from 'vitest';
import { positionFractions, slideBackground } from '../../../src/media/backgrounds.ts';

describe('background settings', () => {
  it('reads CSS background positions as fractions', () => {
    expect(positionFractions('center')).toEqual({ x: 0.5, y: 0.5 });
    expect(positionFractions('left top')).toEqual({ x: 0, y: 0 });
    expect(positionFractions('top left')).toEqual({ x: 0, y: 0 });
    expect(positionFractions('bottom')).toEqual({ x: 0.5, y: 1 });
    expect(positionFractions('30% 70%')).toEqual({ x: 0.3, y: 0.7 });
  });

  it('gives both forms of background the same defaults', () => {
    expect(slideBackground('img/a.jpg')).toEqual({ image: 'img/a.jpg', fit: 'cover', position: 'center', repeat: false, opacity: 1, dim: 0, tone: 'auto' });
    expect(slideBackground('#101820')).toMatchObject({ color: '#101820' });
    expect(slideBackground('#101820')!.image).toBeUndefined();
    expect(slideBackground({ image: 'a.png', fit: 'auto', repeat: true, opacity: 0.2 })).toMatchObject({ fit: 'auto', repeat: true, opacity: 0.2, dim: 0 });
    expect(slideBackground(undefined)).toBeUndefined();
  });
});
