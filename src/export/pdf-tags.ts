// Accessibility repairs to Chromium's tagged PDF, as replacement objects for the incremental update:
// a /RoleMap for the PDF 2.0 structure types Chromium writes into its PDF 1.4 files, /Contents on link
// annotations, and ToUnicode entries that send a shared apostrophe glyph to U+2019.
import { deflateSync } from 'node:zlib';
import { streamValue } from './pdf-write.ts';
import { objectBody, objectStream, pageRefs, ref, latin1, type PdfFile } from './pdf-read.ts';

/** PDF 2.0 (ISO 32000-2) structure types that PDF 1.7 readers do not know, each mapped to its 1.7 kin. */
export const ROLE_MAP: Record<string, string> = {
  Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', Aside: 'Div', FENote: 'Note', DocumentFragment: 'Div', Artifact: 'NonStruct',
};

/** The structure tree root with a /RoleMap (kept when Chromium one day writes its own). */
export function roleMapObject(f: PdfFile): [number, string] | undefined {
  const num = ref(objectBody(f, f.root), 'StructTreeRoot');
  if (num === undefined) return undefined;
  const body = objectBody(f, num).trimEnd();
  if (/\/RoleMap/.test(body) || !body.endsWith('>>')) return undefined;
  const map = Object.entries(ROLE_MAP).map(([k, v]) => `/${k} /${v}`).join(' ');
  return [num, `${body.slice(0, -2)}\n/RoleMap <<${map}>>\n>>`];
}

export interface PageLink { uri: string; text: string }

/** Link annotations rewritten with /Contents: the link's text on that page (matched by URI, in order), else the URI. */
export function linkObjects(f: PdfFile, links: PageLink[][] | undefined, text: (s: string) => string): [number, string][] {
  const out: [number, string][] = [];
  pageRefs(f).forEach((page, i) => {
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(objectBody(f, page))?.[1];
    if (!annots) return;
    const unused = [...(links?.[i] ?? [])];
    for (const m of annots.matchAll(/(\d+)\s+0\s+R/g)) {
      const num = Number(m[1]);
      const body = objectBody(f, num).trimEnd();
      if (!/\/Subtype\s*\/Link/.test(body) || /\/Contents/.test(body) || !body.endsWith('>>')) continue;
      const uri = /\/URI\s*\(((?:\\[\s\S]|[^\\)])*)\)/.exec(body)?.[1]?.replace(/\\([()\\])/g, '$1') ?? '';
      const at = unused.findIndex((l) => l.uri === uri || (uri && decodeURI(l.uri) === decodeURI(uri)));
      const label = (at >= 0 ? unused.splice(at, 1)[0]!.text : '').replace(/\s+/g, ' ').trim() || uri || 'link';
      out.push([num, `${body.slice(0, -2)}\n/Contents ${text(label)}\n>>`]);
    }
  });
  return out;
}

/** Inter draws ’ (U+2019) and ʼ (U+02BC) with one glyph, and Skia's ToUnicode names it U+02BC, so readers
 * that ignore /ActualText (pdf.js, MuPDF) extract "weʼre". Remap it when the document never uses U+02BC. */
export function toUnicodeObjects(f: PdfFile, usesModifierApostrophe: boolean): [number, Buffer][] {
  if (usesModifierApostrophe) return [];
  const out: [number, Buffer][] = [];
  const seen = new Set<number>();
  for (const m of latin1(f.pdf).matchAll(/\/ToUnicode\s+(\d+)\s+0\s+R/g)) {
    const num = Number(m[1]);
    if (seen.has(num) || !f.offsets.has(num)) continue;
    seen.add(num);
    const cmap = objectStream(f, num).data.toString('latin1');
    const fixed = cmap.replace(/^(\s*<[0-9A-Fa-f]+>\s*)<02[Bb][Cc]>(\s*)$/gm, '$1<2019>$2'); // bfchar lines only
    if (fixed === cmap) continue;
    const data = deflateSync(Buffer.from(fixed, 'latin1'));
    out.push([num, streamValue(data, '/Filter /FlateDecode ')]);
  }
  return out;
}
