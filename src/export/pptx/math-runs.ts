// Math ($…$, $$…$$) for the .pptx as text runs: KaTeX parses the TeX (the same typesetter, cache and
// error rules as the HTML, src/content/katex.ts) and its MathML is read back as Unicode runs — letters
// italic, sub- and superscripts as PowerPoint's own baseline runs, fractions a/b, roots √, accents as
// combining marks, ℝ for \mathbb{R}. The formula stays editable text. What runs cannot show (matrices,
// aligned rows, stacked limits of a bad formula) comes back undefined: the caller shows the TeX source in
// the mono font, never nothing. Pure.
import { renderMath } from '../../content/katex.ts';
import type { Run } from './markdown-runs.ts';

interface Node { tag: string; attrs: Record<string, string>; children: Node[]; text: string }
class Unsupported extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#'
  ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? m));

/** KaTeX's MathML (well-formed, no comments or CDATA) → a tree. */
export function parseMathml(xml: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  for (const m of xml.matchAll(/<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) { top.text += decode(m[5]); continue; }
    if (m[1]) { if (stack.length > 1) stack.pop(); continue; }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    const node: Node = { tag: m[2]!, attrs, children: [], text: '' };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

const ACCENTS: Record<string, string> = { '\u20d7': '\u20d7', 'ˉ': '\u0304', '^': '\u0302', 'ˆ': '\u0302', '~': '\u0303', '˜': '\u0303', '¯': '\u0304', '‾': '\u0305', '→': '\u20d7', '˙': '\u0307', '¨': '\u0308', 'ˇ': '\u030c', '´': '\u0301', '`': '\u0300' };
const DOUBLE_STRUCK: Record<string, string> = { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' };
const BIG_OPERATORS = /^[∑∏∐⋃⋂⨁⨂∫∮∬∭]$|^(lim|max|min|sup|inf|arg\s?max|arg\s?min)$/;
type Script = 'sup' | 'sub' | undefined;

const textOf = (n: Node): string => n.text + n.children.map(textOf).join('');
/** Children that are not wrappers: what decides whether a fraction's part needs parentheses. */
const atoms = (n: Node): Node[] => (['mrow', 'mstyle', 'mpadded'].includes(n.tag) ? n.children.flatMap(atoms) : [n]);
const grouped = (n: Node, script: Script): Run[] => {
  const runs = convert(n, script);
  return atoms(n).length > 1 ? [{ text: '(' }, ...runs, { text: ')' }].map((r) => (script ? { ...r, [script]: true } : r)) : runs;
};

/** Relations get a space either side, binary operators a thin one — as TeX spaces them — outside scripts. */
const RELATION = /^(=|<|>|≤|≥|≠|≈|≡|∼|≃|≅|∝|∈|∉|⊂|⊆|⊃|⊇|→|←|↔|⇒|⇐|⇔|↦|:=|≪|≫)$/;
const BINARY = /^(\+|−|-|±|∓|×|·|⋅|∘|∗|÷|∪|∩|∧|∨|⊕|⊗)$/;

function leaf(n: Node, script: Script): Run[] {
  // invisible operators (function application, invisible times) have no glyph in most fonts
  let text = n.text.replace(/[\u2061-\u2064]/g, '');
  if (!text) return [];
  if (n.tag === 'mo' && !script) text = RELATION.test(text) ? ` ${text} ` : BINARY.test(text) ? `\u2009${text}\u2009` : text;
  // an operator name (log, sin, softmax) is followed by a thin space, as \operatorname sets it
  if (n.tag === 'mi' && !script && [...text].length > 1) text += '\u2009';
  const variant = n.attrs.mathvariant;
  if (variant === 'double-struck') text = [...text].map((ch) => DOUBLE_STRUCK[ch] ?? ch).join('');
  const italic = n.tag === 'mi' && [...text].length === 1 && variant === undefined && /\p{L}/u.test(text);
  return [{ text, ...(italic ? { italic: true } : {}), ...(variant?.includes('bold') ? { bold: true } : {}), ...(script ? { [script]: true } : {}) }];
}

function convert(n: Node, script: Script): Run[] {
  const kids = n.children;
  const at = (i: number, s: Script = script) => (kids[i] ? convert(kids[i]!, s) : []);
  const inner = script ?? undefined; // PowerPoint has one baseline offset: a script inside a script stays at its level
  switch (n.tag) {
    case '#root': case 'math': case 'semantics': case 'mrow': case 'mstyle': case 'mpadded': case 'menclose': case 'mtd':
      return kids.flatMap((k) => convert(k, script));
    case 'annotation': case 'annotation-xml': case 'mphantom': return [];
    // KaTeX nests elements in a token now and then (<mo><mover>…</mover></mo> for \overset): read them as a row
    case 'mi': case 'mn': case 'mo': case 'mtext': case 'ms': return kids.length ? kids.flatMap((k) => convert(k, script)) : leaf(n, script);
    case 'mspace': return parseFloat(n.attrs.width ?? '0') >= 0.2 ? [{ text: ' ', ...(script ? { [script]: true } : {}) }] : [];
    case 'msup': return [...at(0), ...at(1, inner ?? 'sup')];
    case 'msub': return [...at(0), ...at(1, inner ?? 'sub')];
    case 'msubsup': return [...at(0), ...at(1, inner ?? 'sub'), ...at(2, inner ?? 'sup')];
    case 'munder': case 'mover': case 'munderover': {
      const base = textOf(kids[0]!).trim();
      const over = n.tag === 'munder' ? undefined : kids[n.tag === 'mover' ? 1 : 2];
      const under = n.tag === 'mover' ? undefined : kids[1];
      const mark = over && ACCENTS[textOf(over).trim()];
      if (n.tag === 'mover' && (n.attrs.accent === 'true' || mark) && mark) {
        const runs = at(0);
        // an overline spans its base: every character carries it; other accents sit on the last one
        if (mark === '\u0305') return runs.map((r) => ({ ...r, text: [...r.text].map((ch) => ch + mark).join('') }));
        const last = runs.at(-1);
        return last ? [...runs.slice(0, -1), { ...last, text: (last.text + mark).normalize('NFC') }] : []; // y + ̂ → ŷ where one exists
      }
      if (n.tag === 'munder' && /^[‾_]$/.test(textOf(under!).trim())) return at(0).map((r) => ({ ...r, text: [...r.text].map((ch) => `${ch}\u0332`).join('') })); // \underline
      // limits under and over a big operator or a single operator (\overset{!}{=}, \xrightarrow{f}) become scripts
      if (!BIG_OPERATORS.test(base) && kids[0]!.tag !== 'mo' && !(under && textOf(under).trim().length <= 1 && !over)) throw new Unsupported(n.tag);
      return [...at(0), ...(under ? convert(under, inner ?? 'sub') : []), ...(over ? convert(over, inner ?? 'sup') : [])];
    }
    case 'mfrac':
      if (n.attrs.linethickness && parseFloat(n.attrs.linethickness) === 0) throw new Unsupported('binomial');
      return [...grouped(kids[0]!, script), { text: '/', ...(script ? { [script]: true } : {}) }, ...grouped(kids[1]!, script)];
    case 'msqrt': return [{ text: '√', ...(script ? { [script]: true } : {}) }, ...grouped({ ...n, tag: 'mrow' }, script)];
    case 'mroot': return [...at(1, inner ?? 'sup'), { text: '√', ...(script ? { [script]: true } : {}) }, ...grouped(kids[0]!, script)];
    default: throw new Unsupported(n.tag); // mtable (matrices, aligned), mmultiscripts, mglyph…
  }
}

/** A sign at the start, after a relation or an opening bracket is unary: no spaces around it (−x, = −1). */
function unary(runs: Run[]): Run[] {
  return runs.map((r, i) => {
    const before = runs[i - 1]?.text;
    return /^\u2009.\u2009$/.test(r.text) && (before === undefined || /[\s([{|]$/.test(before)) ? { ...r, text: r.text.trim() } : r;
  });
}

/** A formula as runs, or undefined when it cannot be shown as text (the caller shows its TeX source). */
export function mathRuns(tex: string, display: boolean): Run[] | undefined {
  const r = renderMath(tex, display);
  if (!('html' in r)) return undefined;
  const mathml = /<math[\s\S]*<\/math>/.exec(r.html)?.[0];
  if (!mathml) return undefined;
  try {
    const runs = unary(convert(parseMathml(mathml), undefined));
    return runs.length ? runs : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The TeX source as written, in the mono font: what a formula that is not text becomes. */
export const texSource = (tex: string, markup: string): Run => ({ text: `${markup}${tex}${markup}`, code: true });

/** A formula's runs, or its TeX source in the mono font when it cannot be text: never nothing. */
export const formulaRuns = (tex: string, markup: string): Run[] => mathRuns(tex, markup === '$$') ?? [texSource(tex, markup)];
