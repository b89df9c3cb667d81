// SVG pictures with a PNG fallback: the PNG part pptxgenjs left a placeholder in gets resvg's drawing.
import { describe, expect, it } from 'vitest';
import { fillSvgFallbacks, SVG_EXT_URI, svgKey, svgPictures } from '../../../../src/export/pptx/svg-fallback.ts';

const slide = `<p:sld><p:pic><p:blipFill><a:blip r:embed="rId2"><a:extLst><a:ext uri="${SVG_EXT_URI}"><asvg:svgBlip xmlns:asvg="x" r:embed="rId3"/></a:ext></a:extLst></a:blip></p:blipFill></p:pic>`
  + '<p:pic><p:blipFill><a:blip r:embed="rId4"></a:blip></p:blipFill></p:pic></p:sld>';
const rels = '<Relationships><Relationship Id="rId1" Type="x/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
  + '<Relationship Id="rId2" Type="x/image" Target="../media/image-1-1.png"/><Relationship Id="rId3" Type="x/image" Target="../media/image-1-2.svg"/>'
  + '<Relationship Id="rId4" Type="x/image" Target="../media/image-1-3.png"/></Relationships>';

describe('svg pictures', () => {
  it('pairs each picture\'s PNG part with its SVG part; plain pictures are left alone', () => {
    expect(svgPictures(slide, rels)).toEqual([{ png: 'ppt/media/image-1-1.png', svg: 'ppt/media/image-1-2.svg' }]);
  });

  it('fills the PNG part from the SVG\'s bytes, and refuses to leave a placeholder', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const png = Buffer.from('\x89PNG drawn by resvg');
    const files = new Map<string, Uint8Array>([
      ['ppt/slides/slide1.xml', Buffer.from(slide)], ['ppt/slides/_rels/slide1.xml.rels', Buffer.from(rels)],
      ['ppt/media/image-1-1.png', Buffer.from('broken')], ['ppt/media/image-1-2.svg', svg], ['ppt/media/image-1-3.png', Buffer.from('photo')],
    ]);
    expect(fillSvgFallbacks(files, new Map([[svgKey(svg), png]]))).toBe(1);
    expect(Buffer.from(files.get('ppt/media/image-1-1.png')!).toString()).toBe(png.toString());
    expect(Buffer.from(files.get('ppt/media/image-1-3.png')!).toString()).toBe('photo');
    expect(() => fillSvgFallbacks(files, new Map())).toThrow(/no PNG fallback for ppt\/media\/image-1-2\.svg/);
  });
});
