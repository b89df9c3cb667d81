// The OOXML pptxgenjs cannot write, added to its output. Each edit is small and named:
//  - theme1.xml: the theme's colours as the colour scheme (pptxgenjs always writes Office's blue scheme) and
//    the theme's name; its fonts are written by pptxgenjs (`pptx.theme`).
//  - bullets: the bullet colour (<a:buClr>, no pptxgenjs option): accent for top-level, muted for nested.
//  - paragraphs: pptxgenjs repeats <a:pPr> before each run of a paragraph; only the first is kept (schema-valid).
//  - mono runs: pitchFamily 49 (fixed pitch), so a missing mono font is replaced by a monospace one.
//  - groups: shapes named "grp:<n>:…" by a layout rule are wrapped into one <p:grpSp> (pptxgenjs has no groups).
import type { Entries } from './zip.ts';
import { colorSchemeXml, xmlAttr, type PptxTheme } from './palette.ts';

export const GROUP_PREFIX = 'grp:';

export function patchTheme(xml: string, t: PptxTheme, name: string): string {
  return xml.replace(/<a:clrScheme [\s\S]*?<\/a:clrScheme>/, colorSchemeXml(t, name))
    .replace(/(<a:theme [^>]*name=")[^"]*"/, `$1${xmlAttr(name)}"`)
    .replace(/<a:fontScheme name="[^"]*"/, `<a:fontScheme name="${xmlAttr(name)}"`);
}

export function colorBullets(xml: string): string {
  return xml
    .replace(/<a:buSzPct val="100000"\/><a:buChar char="&#x25C6;"\/>/g, '<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buSzPct val="70000"/><a:buChar char="&#x25C6;"/>')
    .replace(/<a:buSzPct val="100000"\/><a:buChar char="&#x2022;"\/>/g, '<a:buClr><a:schemeClr val="tx2"/></a:buClr><a:buSzPct val="100000"/><a:buChar char="&#x2022;"/>');
}

const EMU = (el: string, tag: string) => {
  const m = new RegExp(`<a:${tag} (?:x|cx)="(-?\\d+)" (?:y|cy)="(-?\\d+)"`).exec(el);
  return m ? [Number(m[1]), Number(m[2])] as const : [0, 0] as const;
};

/** Wraps each run of shapes whose names share a "grp:<n>:" prefix into a group named after it. */
export function groupShapes(xml: string): string {
  const shape = /<p:(sp|pic|cxnSp)>[\s\S]*?<\/p:\1>/g;
  const groupOf = (el: string) => /<p:cNvPr id="\d+" name="grp:(\d+):([^"]*)"/.exec(el);
  let out = '';
  let last = 0;
  let open: { id: string; name: string; items: string[] } | undefined;
  let nextId = 100000;
  const flush = () => {
    if (!open) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const el of open.items) {
      const [x, y] = EMU(el, 'off'); const [cx, cy] = EMU(el, 'ext');
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + cx); y1 = Math.max(y1, y + cy);
    }
    const box = `<a:off x="${x0}" y="${y0}"/><a:ext cx="${x1 - x0}" cy="${y1 - y0}"/><a:chOff x="${x0}" y="${y0}"/><a:chExt cx="${x1 - x0}" cy="${y1 - y0}"/>`;
    out += `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${nextId++}" name="${open.name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${box}</a:xfrm></p:grpSpPr>${open.items.join('')}</p:grpSp>`;
    open = undefined;
  };
  for (const m of xml.matchAll(shape)) {
    const el = m[0];
    const g = groupOf(el);
    const between = xml.slice(last, m.index);
    if (!g || !open || open.id !== g[1] || between.trim()) { flush(); out += between; } else out += between;
    last = m.index + el.length;
    if (!g) { out += el; continue; }
    const [groupName, part] = g[2]!.split('\u00a7') as [string, string | undefined];
    const renamed = el.replace(/(<p:cNvPr id="\d+" name=")[^"]*"/, `$1${part ?? groupName}"`);
    if (open && open.id === g[1]) open.items.push(renamed);
    else { flush(); open = { id: g[1]!, name: groupName, items: [renamed] }; }
  }
  flush();
  return out + xml.slice(last);
}

/** pptxgenjs writes an <a:pPr> before every run of a paragraph; OOXML allows one, first. */
export function oneParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, inner: string) => {
    let first = true;
    const body = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pp, offset: number) => {
      const keep = first && offset === 0;
      first = false;
      return keep ? pp : '';
    });
    return `<a:p>${body}</a:p>`;
  });
}

/** Runs in the mono font say they are fixed-pitch (pitchFamily 49), so a machine without the font
 * substitutes another monospace font rather than a proportional one (pptxgenjs writes 34 for every font). */
export function monoPitch(xml: string, mono: string): string {
  const name = xmlAttr(mono).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return xml.replace(new RegExp(`(<a:(?:latin|ea|cs) typeface="${name}") pitchFamily="34"`, 'g'), '$1 pitchFamily="49"');
}

/** The placeholders a rule filled get the frames it gave them (x, y, cx, cy in EMU, in the order it filled
 * them; a slide laid out beside an aside): PowerPoint takes a slide placeholder's own <a:xfrm> over its
 * layout's. pptxgenjs writes them in that order and gives them the layout's frame; the slide number is not one. */
export function movePlaceholders(xml: string, frames: number[][]): string {
  let k = 0;
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g, (sp) => {
    if (!/<p:ph\b/.test(sp) || /<p:ph\b[^>]*type="sldNum"/.test(sp)) return sp;
    const f = frames[k++];
    return f ? sp.replace(/<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>/, `<a:off x="${f[0]}" y="${f[1]}"/><a:ext cx="${f[2]}" cy="${f[3]}"/>`) : sp;
  });
}

/** Applies every patch to the parts pptxgenjs wrote. */
export function patchPackage(files: Entries, t: PptxTheme, themeName: string, moves = new Map<number, number[][]>()): void {
  const text = (name: string) => Buffer.from(files.get(name)!).toString('utf8');
  const put = (name: string, xml: string) => files.set(name, Buffer.from(xml, 'utf8'));
  if (files.has('ppt/theme/theme1.xml')) put('ppt/theme/theme1.xml', patchTheme(text('ppt/theme/theme1.xml'), t, themeName));
  for (const name of files.keys()) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
    const xml = text(name);
    const frames = moves.get(Number(/(\d+)\.xml$/.exec(name)![1]));
    const grouped = groupShapes(colorBullets(monoPitch(oneParagraphProps(xml), t.fonts.mono)));
    const patched = frames ? movePlaceholders(grouped, frames) : grouped;
    if (patched !== xml) put(name, patched);
  }
}
