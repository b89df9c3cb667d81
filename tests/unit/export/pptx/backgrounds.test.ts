// Backgrounds for the .pptx: the build's tone measurement as a slide colour map, written into the slide part.
import { describe, expect, it } from 'vitest';
import { colorMapOverride, cover, overrideColorMaps } from '../../../../src/export/pptx/backgrounds.ts';
import { frameFor } from '../../../../src/export/pptx/geometry.ts';
import type { ToneResult } from '../../../../src/media/tone.ts';

const tone = (vars: Record<string, string>): ToneResult => ({ tone: 'dark', vars, mean: '#eeeeee', contrast: 5 });

describe('background tone → colour map', () => {
  it('keeps the master\'s map when the theme\'s colours read well', () => {
    expect(colorMapOverride(undefined)).toBeUndefined();
    expect(colorMapOverride(tone({}))).toBeUndefined();
  });

  it('swaps text and background when the text changes tone, and sends unreadable accents to the text colour', () => {
    const map = colorMapOverride(tone({ '--podium-text': '#0e1117', '--podium-muted': '#40444b', '--podium-link': '#0e1117' }))!;
    expect(map).toMatch(/^<a:overrideClrMapping /);
    expect(map).toContain('bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"');
    expect(map).toContain('accent1="accent1" accent2="accent2" accent3="lt1"');
    expect(map).toContain('hlink="lt1" folHlink="lt1"');
    // same tone, but accent-2 would not read on this picture: only it changes, to the text colour
    expect(colorMapOverride(tone({ '--podium-accent-2': '#f3f4f7' }))).toContain('tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="dk1"');
  });

  it('writes the override into the slide part, in place of the master mapping', () => {
    const files = new Map([['ppt/slides/slide2.xml', Buffer.from('<p:sld><p:cSld/><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')]]);
    overrideColorMaps(files, new Map([[2, '<a:overrideClrMapping bg1="dk1"/>'], [9, 'ignored: no such slide']]));
    expect(Buffer.from(files.get('ppt/slides/slide2.xml')!).toString()).toBe('<p:sld><p:cSld/><p:clrMapOvr><a:overrideClrMapping bg1="dk1"/></p:clrMapOvr></p:sld>');
    expect(files.size).toBe(1);
  });
});

describe('cover', () => {
  it('hands pptxgenjs the picture\'s own proportions, so a portrait photo is cropped, not stretched', () => {
    const calls: Array<Record<string, unknown>> = [];
    const slide = { addImage: (o: Record<string, unknown>) => { calls.push(o); } } as unknown as Parameters<typeof cover>[0];
    cover(slide, { data: 'image/png;base64,', width: 100, height: 200 }, { x: 0, y: 0, w: 1920, h: 1080 }, frameFor('16:9'), { objectName: 'Background' });
    const o = calls[0]!;
    expect(Number(o.h) / Number(o.w)).toBeCloseTo(2); // the picture's ratio …
    expect(o.sizing).toEqual({ type: 'cover', w: 10, h: 5.625 }); // … cropped to the box (inches)
  });
});
