// Property-based: random decks and random mutations of valid decks go through the loader — `prepare`: load →
// parse → validate (+ theme) → resolve. It returns a deck or throws a DeckError — never anything else — and
// every problem it reports points inside the file it names.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, expect, it } from 'vitest';
import { DeckError, type Problem } from '../../src/errors.ts';
import { prepare } from '../../src/pipeline.ts';
import { fixture, PYTORCH, tempDir } from '../support/decks.ts';

const root = tempDir('podium-fuzz-');
const dir = path.join(root, 'deck');
mkdirSync(path.join(dir, 'img'), { recursive: true });
writeFileSync(path.join(dir, 'img/a.png'), 'png');
writeFileSync(path.join(dir, 'part.md'), 'A **body** with ![an image](img/a.png).\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEED = Number(process.env.PODIUM_FUZZ_SEED ?? 20240615);

type Outcome = { ok: true } | { ok: false; problems: Problem[] };

/** The loader on these bytes; a thrown non-DeckError propagates (and fails the property). */
function load(bytes: string | Uint8Array): Outcome {
  writeFileSync(path.join(dir, 'deck.yaml'), bytes);
  try {
    prepare(dir, root, { warn: () => undefined });
    return { ok: true };
  } catch (e) {
    if (e instanceof DeckError) return { ok: false, problems: e.problems };
    throw e;
  }
}

/** Every problem names a file and a line:column that exists in that file's text. */
function assertInside(problems: Problem[], bytes: string | Uint8Array): void {
  expect(problems.length).toBeGreaterThan(0);
  const deckText = new TextDecoder().decode(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).replace(/^\uFEFF/, '');
  for (const p of problems) {
    expect(p.file, p.message).toBeTruthy();
    const text = p.source ?? (p.file?.endsWith('deck.yaml') ? deckText : readFileSync(path.resolve(root, p.file!), 'utf8'));
    const lines = text.split('\n');
    expect(p.line, p.message).toBeGreaterThanOrEqual(1);
    expect(p.line, p.message).toBeLessThanOrEqual(lines.length);
    expect(p.column, p.message).toBeGreaterThanOrEqual(1);
    expect(p.column, `${p.message} at ${p.line}:${p.column}`).toBeLessThanOrEqual(lines[p.line! - 1]!.length + 1);
  }
}

const check = (bytes: string | Uint8Array): Outcome => {
  const r = load(bytes);
  if (!r.ok) assertInside(r.problems, bytes);
  return r;
};

// ---- random decks ------------------------------------------------------------------------------------
const tricky = fc.constantFrom('**bold** and *it*', '{{constructor.constructor "x"}}', '<script>alert(1)</script>', 'a: b', '- item',
  '"quoted"', "it's", '# not a comment', '&anchor', '*alias', '!tag', '| pipe', '> fold', '%YAML', '@at', '`code`', '---', '...',
  'tab\there', 'ünïcødé', '🙂', 'nul\u0000', 'ls\u2028ps\u2029', 'bom\uFEFF', '![pic](img/a.png)', '![gone](img/none.png)',
  '![remote](https://example.org/x.png)', '[js](javascript:alert(1))', './part.md', '../outside.md', '/etc/passwd', 'https://example.org');
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 }), tricky);
const wrong = fc.oneof(fc.anything({ maxDepth: 2, maxKeys: 3 }), fc.constant(null), fc.integer(), fc.boolean());
/** A valid value most of the time, sometimes anything at all. */
const mostly = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: wrong });
const items: fc.Arbitrary<unknown[]> = fc.array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 });
const field = (layoutFields: Record<string, fc.Arbitrary<unknown>>, required: string[]) => fc.record(
  Object.fromEntries(Object.entries(layoutFields).map(([k, a]) => [k, mostly(a)])), { requiredKeys: required });

const slide = fc.oneof(
  fc.record({ layout: fc.constant('title'), f: field({ title: text, subtitle: text, presenter: text, date: text, notes: text }, ['title']) }),
  fc.record({ layout: fc.constant('section'), f: field({ title: text, kicker: text, background: fc.constantFrom('#123456', 'img/a.png', 'red', 'img/none.png') }, ['title']) }),
  fc.record({ layout: fc.constant('bullets'), f: field({ title: text, items, fragments: fc.boolean() }, ['title', 'items']) }),
  fc.record({ layout: fc.constant('timeline'), f: field({ title: text, events: fc.array(fc.record({ when: fc.oneof(text, fc.integer()), label: text, text }), { minLength: 1, maxLength: 3 }) }, ['title', 'events']) }),
  fc.record({ layout: fc.constant('cards'), f: field({ title: text, cards: fc.array(fc.record({ title: text, text, icon: fc.constantFrom('★', 'img/a.png', 'img/none.svg') }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 3 }) }, ['title', 'cards']) }),
  fc.record({ layout: fc.constant('quote'), f: field({ quote: text, by: text }, ['quote']) }),
  fc.record({ layout: fc.constant('two-column'), f: field({ title: text, left: text, right: text }, ['title', 'left', 'right']) }),
  fc.record({ layout: fc.constant('image'), f: field({ src: fc.constantFrom('img/a.png', './img/a.png', 'img/none.png', '../x.png', 'https://e.org/x.png'), alt: text }, ['src', 'alt']) }),
  fc.record({ layout: fc.constant('code'), f: field({ lang: fc.constantFrom('python', 'ts', 'c++'), code: text, highlight: fc.constantFrom('1', '2-3', 'x') }, ['lang', 'code']) }),
  fc.record({ layout: fc.constant('markdown'), f: field({ body: fc.oneof(text, fc.constantFrom('./part.md', 'part.md', './nope.md')) }, ['body']) }),
  fc.record({ layout: fc.constant('closing'), f: field({ title: text, links: fc.array(fc.oneof(fc.constant('https://pytorch.org'), fc.record({ label: text, url: fc.constantFrom('https://a.b', 'javascript:x', './x') })), { maxLength: 2 }) }, ['title']) }),
  fc.record({ layout: fc.oneof(fc.constantFrom('bulets', '__proto__', 'constructor', 'toString', ''), text), f: fc.dictionary(text, wrong, { maxKeys: 3 }) }),
).chain(({ layout, f }) => fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'notes', 'id', 'class')), wrong, { maxKeys: 1 })
  .map((extra) => ({ layout, ...f, ...(Object.keys(extra).length && Math.random() < 0.3 ? extra : {}) })));

const deck = fc.record({
  title: mostly(text), subtitle: text, author: text, lang: fc.constantFrom('en', 'pt-BR', 'x y'),
  theme: fc.oneof(fc.constantFrom('pytorch', 'paper', 'nope'), fc.record({ // an inline theme: data, checked token by token
    extends: fc.constantFrom('pytorch', 'workshop', 'nope'), colors: fc.dictionary(fc.constantFrom('accent', 'text', 'background', 'bogus'), fc.oneof(text, fc.constantFrom('#123', 'red', 'rgb(1,2,3)', 'url(x)'))),
    type: fc.record({ scale: fc.oneof(fc.double(), fc.integer(), text) }, { requiredKeys: [] }), logo: fc.constantFrom('img/a.png', '../x.png', 'https://e.org/l.png'),
  }, { requiredKeys: [] })), aspect: fc.constantFrom('16:9', '4:3', '16:10'), allowHtml: fc.boolean(), allowRemote: fc.boolean(),
  reveal: fc.record({ transition: fc.constantFrom('fade', 'spin'), slideNumber: fc.constantFrom(true, 'c/t', 'x'), autoSlide: fc.integer({ min: -5, max: 5000 }) }, { requiredKeys: [] }),
  slides: mostly(fc.array(slide, { maxLength: 6 })),
}, { requiredKeys: ['slides'] });

const style = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.constantFrom(2, 4),
}) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;

it('random decks: a deck or DeckErrors, every problem inside the file', () => {
  let ok = 0;
  fc.assert(fc.property(deck, style, (d, s) => {
    if (check(stringify(d, s)).ok) ok++;
  }), { numRuns: 250, seed: SEED });
  expect(ok).toBeGreaterThan(0); // the generator does produce valid decks too
});

// ---- mutations of valid decks ------------------------------------------------------------------------
const valid = [fixture('all-layouts'), fixture('four-three'), fixture('hostile'), PYTORCH].map((d) => readFileSync(path.join(d, 'deck.yaml'), 'utf8'));
const YAML_CHARS = [':', '-', '[', ']', '{', '}', '"', "'", '&', '*', '!', '|', '>', '#', '\t', '\n', ' ', '%', '@', '`', ',', '?', '\\', '\uFEFF', '\u0000', '<<: *a', '&a ', '  ', '\r'];

type Mutation = (t: string) => string;
const at = (t: string, p: number) => Math.floor(p * (t.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...YAML_CHARS)).map(([p, c]) => (t: string) => t.slice(0, at(t, p)) + c + t.slice(at(t, p))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([p, n]) => (t: string) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 8 })).map(([p, s]) => (t: string) => t.slice(0, at(t, p)) + s + t.slice(at(t, p))),
  fc.double({ min: 0, max: 1, noNaN: true }).map((p) => (t: string) => t.slice(0, at(t, p))), // truncated save
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => { // swap two lines
    const ls = t.split('\n'); const i = a % ls.length; const j = b % ls.length; [ls[i], ls[j]] = [ls[j]!, ls[i]!]; return ls.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([a, d]) => (t: string) => { // re-indent a line
    const ls = t.split('\n'); const i = a % ls.length; ls[i] = d > 0 ? ' '.repeat(d) + ls[i] : ls[i]!.slice(-d); return ls.join('\n');
  }),
  fc.nat().map((a) => (t: string) => { const ls = t.split('\n'); const i = a % ls.length; ls.splice(i, 0, ls[i]!); return ls.join('\n'); }), // duplicate a line (duplicate keys)
);

it('mutated valid decks: a deck or DeckErrors, every problem inside the file', () => {
  let failed = 0;
  fc.assert(fc.property(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, ms) => {
    if (!check(ms.reduce((t, m) => m(t), source)).ok) failed++;
  }), { numRuns: 300, seed: SEED });
  expect(failed).toBeGreaterThan(0);
});

it('byte-level damage (invalid UTF-8, stray BOMs, NULs): a deck or DeckErrors, every problem inside the file', () => {
  fc.assert(fc.property(fc.constantFrom(...valid), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 3 }), (source, edits) => {
    let bytes = Buffer.from(source);
    for (const [p, b] of edits) { const i = Math.floor(p * bytes.length); bytes = Buffer.concat([bytes.subarray(0, i), b, bytes.subarray(i)]); }
    check(bytes);
  }), { numRuns: 150, seed: SEED });
});
