// SVG pictures with a PNG fallback, as PowerPoint 2016+ writes them: the <a:blip> embeds a PNG (what older
// PowerPoint, LibreOffice and previews show) and carries the SVG in its extension list
// (<asvg:svgBlip>, uri {96DAC541-7B7A-43D3-8B79-37D633B846F1}). pptxgenjs writes exactly that structure when
// given an SVG, parts, relationships and the image/svg+xml content type included — but in Node it fills the
// PNG part with a "broken image" placeholder (it would need a browser canvas). We put the PNG resvg drew
// there instead (images.ts), found by the SVG's bytes. Pure.
import { createHash } from 'node:crypto';
import type { Entries } from './zip.ts';

export const SVG_EXT_URI = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

/** The key a PNG fallback is found by: a hash of its SVG's bytes. */
export const svgKey = (svg: Uint8Array) => createHash('sha1').update(svg).digest('hex');

/** A relationship target resolved against the part's folder ("../media/a.png" from ppt/slides → ppt/media/a.png). */
function resolvePart(base: string, target: string): string {
  const out: string[] = [];
  for (const p of `${base}/${target}`.split('/')) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
  return out.join('/');
}

/** Every picture of a slide with an SVG: its PNG part and its SVG part. */
export function svgPictures(slideXml: string, relsXml: string, base = 'ppt/slides'): Array<{ png: string; svg: string }> {
  const targets = new Map<string, string>();
  for (const [rel] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (id && target) targets.set(id, resolvePart(base, target));
  }
  const out: Array<{ png: string; svg: string }> = [];
  for (const m of slideXml.matchAll(/<a:blip r:embed="([^"]+)"[^>]*>((?:(?!<\/a:blip>)[\s\S])*)<\/a:blip>/g)) {
    const svgId = /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(m[2]!)?.[1];
    const png = targets.get(m[1]!);
    const svg = svgId && targets.get(svgId);
    if (png && svg) out.push({ png, svg });
  }
  return out;
}

/** Puts each SVG picture's PNG (by its SVG's bytes) into the PNG part pptxgenjs left a placeholder in. */
export function fillSvgFallbacks(files: Entries, pngs: Map<string, Uint8Array>): number {
  let filled = 0;
  for (const name of files.keys()) {
    const m = /^ppt\/slides\/(slide\d+\.xml)$/.exec(name);
    if (!m) continue;
    const xml = Buffer.from(files.get(name)!).toString('utf8');
    if (!xml.includes('asvg:svgBlip')) continue;
    const rels = files.get(`ppt/slides/_rels/${m[1]}.rels`);
    for (const { png, svg } of svgPictures(xml, rels ? Buffer.from(rels).toString('utf8') : '')) {
      const bytes = files.get(svg);
      const fallback = bytes && pngs.get(svgKey(bytes));
      // every SVG given to pptxgenjs was drawn to PNG first: a miss is a bug, not bad input
      if (!fallback) throw new Error(`no PNG fallback for ${svg} (${name})`);
      files.set(png, fallback);
      filled++;
    }
  }
  return filled;
}
