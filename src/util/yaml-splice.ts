// Parse again only the slide an edit touched. The dev server re-parses deck.yaml on every save; with the
// yaml library's positions that costs ~1 ms per 2 KB (40–100 ms at 400 slides), while one slide costs a
// fraction of a millisecond. The new text is compared with the last one parsed: when everything that
// changed lies inside one item of the top-level `slides:` list (its span of lines, src/util/yaml-spans.ts),
// that span is parsed alone and put in the old one's place; every other slide keeps its data object, so
// validation can skip it too (src/content/validate.ts). Anything else — a top-level field, several slides,
// a slide added or removed, a line that leaves the item's indentation, an alias, a YAML error — gets the
// full parse (parseYaml), which also reports every error with the same positions as always.
import { isSeq, parseDocument, type Node } from 'yaml';
import { checkShape, MAX_ALIASES, parseYaml, YAML_OPTIONS, type ParsedYaml } from './yaml.ts';
import { hasAlias, locator, type SlideSpan } from './yaml-spans.ts';

/** `text` parsed by re-parsing one slide of `prev`, or undefined when the edit is not inside one slide. */
export function reparse(prev: ParsedYaml, text: string): ParsedYaml | undefined {
  const spans = prev.spans;
  if (!spans?.slides.length) return undefined;
  const old = prev.text;
  if (old === text) return prev;
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const i = spans.slides.findIndex((span) => span.start <= p && old.length - s <= span.end);
  if (i < 0) return undefined;
  const delta = text.length - old.length;
  const span = spans.slides[i]!;
  const end = span.end + delta;
  if (end < text.length && text[end - 1] !== '\n') return undefined; // its last line break was removed: the next line joined it
  const block = text.slice(span.start, end);
  if (!staysInItem(block, spans.indent)) return undefined;

  const doc = parseDocument(block, YAML_OPTIONS);
  const seq = doc.contents;
  if (doc.errors.length || doc.warnings.length || !isSeq(seq) || seq.flow || seq.items.length !== 1 || hasAlias(doc)) return undefined;
  const item = seq.items[0] as Node | null;
  if (!item || checkShape(item, 3)) return undefined; // as deep as in the whole file: root, slides, item
  const value = (doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown[])[0];

  const slides = spans.slides.map((other, j): SlideSpan => j < i ? other
    : j === i ? { node: item, text: block, shift: span.start, start: span.start, end }
    : { ...other, shift: other.shift + delta, start: other.start + delta, end: other.end + delta });
  const next = { ...spans, slides, tailShift: spans.tailShift + delta };
  const root = prev.data as { slides: unknown[] };
  const data = { ...root, slides: root.slides.map((x, j) => (j === i ? value : x)) };
  return { file: prev.file, text, data, spans: next, ...locator(next, prev.file, text) };
}

/**
 * Does this text still read as one item of the list, whatever the rest of the file says? Its first line is
 * the item's `- ` at the list's column, every other line is blank, a comment, or indented past that column.
 */
function staysInItem(block: string, indent: number): boolean {
  const lines = block.split('\n');
  if (!new RegExp(`^ {${indent}}-( |$)`).test(lines[0]!)) return false;
  return lines.slice(1).every((line) => {
    const lead = /^ */.exec(line)![0].length;
    return lead === line.length || line[lead] === '\r' || line[lead] === '#' || (lead > indent && line[lead] !== '\t');
  });
}

/** parseYaml for one file saved again and again: an edit inside one slide re-parses that slide only. */
export function incrementalParser(): (text: string, file: string) => ParsedYaml {
  let last: ParsedYaml | undefined;
  return (text, file) => {
    const parsed = (last?.file === file ? reparse(last, text) : undefined) ?? parseYaml(text, file);
    last = parsed;
    return parsed;
  };
}
