// Read a .pptx back as OOXML, the way PowerPoint does: unzip (jszip), parse each part (linkedom's XML parser).
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';

export type Xml = Document;
const parse = (s: string) => new DOMParser().parseFromString(s, 'text/xml') as unknown as Xml;
export const byTag = (root: Xml | Element, tag: string): Element[] => [...(root as Element).getElementsByTagName(tag)];
export const texts = (root: Xml | Element) => byTag(root, 'a:t').map((t) => t.textContent ?? '').join('');

export interface SlidePart { xml: Xml; rels: Xml; notes?: Xml; layout: Xml }
export interface Pptx { zip: JSZip; slides: SlidePart[]; theme: Xml; presentation: Xml; files: string[] }

const num = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
const dir = (p: string) => p.slice(0, p.lastIndexOf('/'));

/** The rel target of `type` in a .rels part, resolved against `base`. */
function target(rels: Xml, type: string, base: string): string | undefined {
  const rel = byTag(rels, 'Relationship').find((r) => r.getAttribute('Type')!.endsWith(`/${type}`));
  if (!rel) return undefined;
  const parts = `${base}/${rel.getAttribute('Target')}`.split('/');
  const out: string[] = [];
  for (const p of parts) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
  return out.join('/');
}

export async function readPptx(bytes: Uint8Array): Promise<Pptx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => parse(await zip.file(name)!.async('string'));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => num(a) - num(b));
  const slides: SlidePart[] = [];
  for (const name of names) {
    const relsName = `ppt/slides/_rels/${name.split('/').pop()}.rels`;
    const rels = await read(relsName);
    const notes = target(rels, 'notesSlide', dir(name));
    const layout = target(rels, 'slideLayout', dir(name))!;
    slides.push({ xml: await read(name), rels, notes: notes ? await read(notes) : undefined, layout: await read(layout) });
  }
  return { zip, slides, theme: await read('ppt/theme/theme1.xml'), presentation: await read('ppt/presentation.xml'), files: Object.keys(zip.files) };
}

/** Shapes of a slide that sit in a placeholder of `type` ("title", "body", …). */
export function placeholders(slide: Xml, type: string): Element[] {
  return byTag(slide, 'p:sp').filter((sp) => byTag(sp, 'p:ph').some((ph) => (ph.getAttribute('type') ?? 'body') === type));
}

/** The slide's title: the text of its title placeholder. */
export const slideTitle = (slide: Xml) => placeholders(slide, 'title').map((sp) => texts(sp)).join(' ').trim();
