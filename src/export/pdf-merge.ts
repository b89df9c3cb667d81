// Joining the tagged PDFs Chromium prints for consecutive parts of one deck into one document. Chromium's
// printing costs each page time in proportion to the whole document (2000 slides: ~24× the time of 500 for
// 4× the pages), so a big deck is printed a part at a time (print-page.ts) and joined here: objects are
// renumbered (each part after the one before), references rewritten in dictionaries only (stream data is
// copied as it is), the page trees hung under one root, the structure trees under one Document element
// and the parent trees joined with their keys (each page's /StructParents, each annotation's /StructParent)
// shifted. Anything else in the parts' catalogs is taken from the first part. What this does not expect
// fails with a DeckError, and the caller prints the deck in one piece instead.
import { fail, objectBody, readPdfFile, ref, type PdfFile } from './pdf-read.ts';
import { objectSpan, xrefTable } from './pdf-write.ts';

// strings are skipped (their text is never read as a reference); references and struct-parent keys rewritten
const TOKENS = /\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>|(\d+)\s+0\s+R\b|\/(StructParents?)\s+(\d+)/g;

function renumber(text: string, num: (n: number) => number, key: number): string {
  return text.replace(TOKENS, (all, r?: string, name?: string, k?: string) =>
    (r !== undefined ? `${num(Number(r))} 0 R` : name !== undefined ? `/${name} ${Number(k) + key}` : all));
}

interface Part { f: PdfFile; base: number; key: number; pages: number; struct: number; parentTree: number; doc: number; kids: string; nums: string; nextKey: number }

function part(f: PdfFile, base: number, key: number): Part {
  const catalog = objectBody(f, f.root);
  const pages = ref(catalog, 'Pages') ?? fail('catalog has no /Pages');
  const struct = ref(catalog, 'StructTreeRoot') ?? fail('the part is not tagged');
  const root = objectBody(f, struct);
  if (/\/(RoleMap|ClassMap|IDTree)/.test(root)) fail('structure tree with maps');
  const doc = ref(root, 'K') ?? fail('structure tree root without one Document element');
  const parentTree = ref(root, 'ParentTree') ?? fail('no /ParentTree');
  const docBody = objectBody(f, doc);
  if (!/\/S\s*\/Document\b/.test(docBody)) fail('structure tree root without one Document element');
  const k = /\/K\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(docBody)?.[1] ?? '';
  const kids = k.replace(/^\[|\]$/g, '').trim();
  if (kids.replace(/\d+\s+0\s+R/g, '').trim()) fail('Document element holds more than elements');
  const tree = objectBody(f, parentTree);
  const nums = /\/Nums\s*\[([\s\S]*)\]/.exec(tree)?.[1] ?? fail('parent tree without /Nums');
  if (/\/Kids/.test(tree)) fail('parent tree with /Kids');
  const nextKey = Number(/\/ParentTreeNextKey\s+(\d+)/.exec(root)?.[1] ?? fail('no /ParentTreeNextKey'));
  return { f, base, key, pages, struct, parentTree, doc, kids, nums, nextKey };
}

/** One PDF from the parts, pages in order; a single part is returned as it is. */
export function mergePdfs(pdfs: Uint8Array[]): Uint8Array {
  if (pdfs.length === 1) return pdfs[0]!;
  const parts: Part[] = [];
  let base = 0;
  let key = 0;
  for (const pdf of pdfs) {
    const p = part(readPdfFile(pdf), base, key);
    parts.push(p);
    base += p.f.size;
    key += p.nextKey;
  }
  const [catalogNum, pagesNum, structNum, treeNum, docNum] = [base, base + 1, base + 2, base + 3, base + 4];
  const first = parts[0]!;
  const out: Buffer[] = [Buffer.from(first.f.pdf.subarray(0, Math.min(...first.f.offsets.values())))];
  let length = out[0]!.length;
  const offsets = new Map<number, number>();
  const put = (num: number, text: string | Buffer) => {
    const b = typeof text === 'string' ? Buffer.from(`${num} 0 obj\n${text}\nendobj\n`, 'latin1') : text;
    offsets.set(num, length); out.push(b); length += b.length;
  };
  for (const p of parts) {
    const num = (n: number) => (n === p.doc ? docNum : n + p.base);
    const skip = new Set([p.f.root, p.struct, p.parentTree, p.doc, ...(p === first || p.f.info === undefined ? [] : [p.f.info])]);
    for (const n of p.f.offsets.keys()) {
      if (skip.has(n)) continue;
      const s = objectSpan(p.f, n);
      let value = renumber(s.value, num, p.key);
      if (n === p.pages) value = value.replace(/>>\s*$/, `\n/Parent ${pagesNum} 0 R>>`);
      const head = `${n + p.base} 0 obj\n${value}${s.end === s.head ? '\nendobj' : '\nstream\n'}`;
      const tail = s.end === s.head ? Buffer.from('\n', 'latin1') : Buffer.from(p.f.pdf.subarray(s.head, s.end));
      put(n + p.base, Buffer.concat([Buffer.from(head, 'latin1'), tail, Buffer.from('\n', 'latin1')]));
    }
  }
  const count = parts.reduce((sum, p) => sum + Number(/\/Count\s+(\d+)/.exec(objectBody(p.f, p.pages))?.[1] ?? fail('page tree has no /Count')), 0);
  put(pagesNum, `<</Type /Pages\n/Count ${count}\n/Kids [${parts.map((p) => `${p.pages + p.base} 0 R`).join(' ')}]>>`);
  const catalog = renumber(objectBody(first.f, first.f.root), (n) => n + first.base, 0)
    .replace(/\/Pages\s+\d+\s+0\s+R/, `/Pages ${pagesNum} 0 R`).replace(/\/StructTreeRoot\s+\d+\s+0\s+R/, `/StructTreeRoot ${structNum} 0 R`);
  put(catalogNum, catalog);
  put(structNum, `<</Type /StructTreeRoot\n/K ${docNum} 0 R\n/ParentTreeNextKey ${key}\n/ParentTree ${treeNum} 0 R>>`);
  put(treeNum, `<</Type /ParentTree\n/Nums [${parts.map((p) => p.nums.replace(/(\d+)\s+(\d+\s+0\s+R|\[[^\]]*\])/g,
    (_, k: string, v: string) => `${Number(k) + p.key} ${renumber(v, (n) => n + p.base, 0)}`)).join('\n')}]>>`);
  const lang = /\/Lang\s*(\((?:\\[\s\S]|[^\\)])*\))/.exec(objectBody(first.f, first.doc))?.[1];
  put(docNum, `<</Type /StructElem\n/S /Document${lang ? `\n/Lang ${lang}` : ''}\n/P ${structNum} 0 R\n/K [${parts.map((p) =>
    renumber(p.kids, (n) => n + p.base, 0)).join(' ')}]>>`);
  const info = first.f.info !== undefined ? ` /Info ${first.f.info} 0 R` : '';
  out.push(xrefTable(offsets, docNum + 1, `/Root ${catalogNum} 0 R${info}`, length));
  return new Uint8Array(Buffer.concat(out));
}
