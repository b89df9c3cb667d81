// The bad-input corpus (tests/fixtures/bad/, plus the huge cases generated at run time): every case exits 1
// with a file:line:col message and no stack trace, writes nothing, and leaves an earlier build byte-identical.
// Every case runs through the CLI's main() in-process (same argv → pipeline → error printing as `podium`);
// a sample also runs as the real command in child processes.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK } from '../support/cli.ts';
import { fixture, ROOT, tempDir } from '../support/decks.ts';
import { GENERATED_BAD, runCli, snapshot, spawnPodium } from '../support/hardening.ts';

const BAD = path.join(ROOT, 'tests/fixtures/bad');
const F = String.raw`deck\.yaml`;

/** The headline each committed case must print (its position and what is wrong). */
const EXPECT: Record<string, RegExp> = {
  // YAML syntax
  'bad-yaml': new RegExp(`${F}:1:8  YAML: this double-quoted text is never closed`),
  'yaml-unclosed-single-quote': new RegExp(`${F}:4:12  YAML: this single-quoted text is never closed`),
  'yaml-bad-indentation': new RegExp(`${F}:4:1  YAML: Sequence item without - indicator`),
  'yaml-tabs': new RegExp(`${F}:4:1  YAML: Tabs are not allowed as indentation`),
  'yaml-unclosed-flow': new RegExp(`${F}:6:3  YAML: Flow sequence in block collection must be sufficiently indented and end with a \\]`),
  'yaml-multiple-documents': new RegExp(`${F}:5:1  YAML: Source contains multiple documents`),
  'yaml-duplicate-key': new RegExp(`${F}:5:1  YAML: Map keys must be unique`),
  'yaml-duplicate-key-in-slide': new RegExp(`${F}:5:5  YAML: Map keys must be unique`),
  'yaml-custom-tag': new RegExp(`${F}:4:11  YAML: Unresolved tag: !include`),
  'yaml-js-function-tag': new RegExp(`${F}:1:8  YAML: Unresolved tag: tag:yaml\\.org,2002:js/function`),
  'yaml-billion-laughs': new RegExp(`${F}:1:1  YAML: Excessive alias count indicates a resource exhaustion attack`),
  'yaml-undefined-alias': new RegExp(`${F}:4:12  YAML: Unresolved alias \\(the anchor must be set before the alias\\): nowhere`),
  'yaml-complex-key': new RegExp(`${F}:4:7  YAML: a key must be plain text`),
  'yaml-deep-nesting': new RegExp(`${F}:5:\\d+  YAML: nested more than 32 levels deep`),
  // encoding
  'not-utf8': new RegExp(`${F}:1:11  file is not valid UTF-8 text[\\s\\S]*hint: byte 0xe9 here is not UTF-8`),
  'utf16': new RegExp(`${F}:1:1  file is UTF-16 text, not UTF-8`),
  'bom': new RegExp(`${F}:3:13  slide 1: unknown layout "bulets"`), // the BOM shifts no column
  'body-not-utf8': /latin1\.md:1:3 {2}file is not valid UTF-8 text/,
  'deck-yaml-is-a-folder': new RegExp(`${F}:1:1  is a folder, not a file`),
  // shape
  'empty-file': new RegExp(`${F}:1:1  deck\\.yaml must be a mapping with title and slides`),
  'only-comments': new RegExp(`${F}:1:1  deck\\.yaml must be a mapping with title and slides`),
  'top-level-list': new RegExp(`${F}:1:1  deck\\.yaml must be a mapping with title and slides`),
  'top-level-scalar': new RegExp(`${F}:1:1  deck\\.yaml must be a mapping with title and slides`),
  'empty-slides': new RegExp(`${F}:2:9  slides: a deck needs at least one slide`),
  'slides-not-a-list': new RegExp(`${F}:2:9  slides: expected a list, got string "one, two, three"`),
  'slide-not-a-mapping': new RegExp(`${F}:5:5  slide 2: must be a mapping with a layout`),
  'slide-without-layout': new RegExp(`${F}:3:5  slide 1: layout is required`),
  'missing-title': new RegExp(`${F}:1:1  title: is required`),
  'missing-required-field': new RegExp(`${F}:3:5  slide 1 \\(bullets\\): items: is required`),
  'unknown-layout': new RegExp(`${F}:3:13  slide 1: unknown layout "bulets" \\(did you mean "bullets"\\?\\)`),
  'unknown-field': new RegExp(`${F}:5:5  slide 1 \\(quote\\): bye: unknown field \\(did you mean "by"\\?\\)`),
  'unknown-deck-field': new RegExp(`${F}:2:1  theem: unknown field \\(did you mean "theme"\\?\\)`),
  'many-problems': new RegExp(`${F}:2:9  aspect: must be one of "16:9", "4:3", got "16:10"[\\s\\S]*4 problems found\\.`),
  'wrong-types': new RegExp([
    `${F}:1:8  title: expected text, got a list`, `${F}:2:9  aspect: must be one of "16:9", "4:3", got number 16`,
    `${F}:3:12  allowHtml: expected true or false, got string "yes"`, `${F}:8:12  slide 1 \\(bullets\\): title: expected text, got a mapping`,
    `${F}:13:13  slide 2 \\(timeline\\): events: expected a list, got a mapping`, `${F}:27:11  slide 6 \\(code\\): code: expected text, got a list`,
  ].join('[\\s\\S]*')),
  'non-finite-numbers': new RegExp(`${F}:1:8  title: expected text, got number Infinity[\\s\\S]*${F}:4:12  slide 1 \\(quote\\): quote: expected text, got number NaN`),
  'proto-keys': new RegExp(`${F}:2:1  __proto__: unknown field[\\s\\S]*${F}:3:1  constructor: unknown field[\\s\\S]*${F}:7:5  slide 1 \\(quote\\): __proto__: unknown field[\\s\\S]*${F}:8:13  slide 2: unknown layout "__proto__"[\\s\\S]*${F}:9:13  slide 3: unknown layout "constructor"`),
  // files outside the deck, remote and odd URLs
  'missing-image': new RegExp(`${F}:4:10  slide 1 \\(image\\): src: file not found: .*nope\\.png`),
  'missing-body': new RegExp(`${F}:4:11  slide 1 \\(markdown\\): body: file not found`),
  'body-outside': new RegExp(`${F}:4:11  slide 1 \\(markdown\\): body: `),
  'body-absolute': new RegExp(`${F}:4:11  slide 1 \\(markdown\\): body: "/etc/secret\\.md" is an absolute path`),
  'image-etc-passwd': new RegExp(`${F}:4:10  slide 1 \\(image\\): src: "(\\.\\./)+etc/passwd" points outside the deck folder`),
  'image-absolute': new RegExp(`${F}:4:10  slide 1 \\(image\\): src: "/etc/passwd" is an absolute path`),
  'markdown-image-outside': new RegExp(`${F}:6:9  slide 1 \\(bullets\\): image: "(\\.\\./)+etc/passwd" points outside the deck folder`),
  'background-outside': new RegExp(`${F}:5:17  slide 1 \\(section\\): background: "(\\.\\./)+etc/passwd" points outside the deck folder`),
  'file-url-image': new RegExp(`${F}:4:10  slide 1 \\(image\\): src: "file:///etc/passwd" is a URL, not a file in the deck folder`),
  'remote-image': new RegExp(`${F}:4:10  slide 1 \\(image\\): src: "https://example\\.org/x\\.png" is a remote URL; the deck must work offline[\\s\\S]*hint: download the file into the deck folder[\\s\\S]*allowRemote: true`),
  'remote-markdown-image': new RegExp(`${F}:5:11  slide 1 \\(two-column\\): image: "https://tracker\\.example\\.com/p\\.png" is a remote URL[\\s\\S]*allowRemote: true`),
  'background-not-an-image': new RegExp(`${F}:6:14  slide 1 \\(statement\\): background\\.image: "\\./photo\\.jpg" is not an image Podium can read[\\s\\S]*${F}:10:17  slide 2 \\(section\\): background: "\\./photo\\.jpg" is not an image`),
  'remote-background': new RegExp(`${F}:5:17  slide 1 \\(section\\): background: "https://example\\.org/bg\\.jpg" is a remote URL`),
  // math: TeX errors at the formula, hostile formulas refused
  'math-undefined-command': new RegExp(`${F}:7:25  slide 1 \\(bullets\\): items\\[1\\]: math: Undefined control sequence: \\\\frc`),
  'math-body-file': /loss\.md:5:33 {2}slide 1 \(markdown\): body: math: Expected group after '\^'/,
  'math-hostile': new RegExp([
    `${F}:6:16  slide 1 \\(two-column\\): left: math: \\\\href is not allowed in a formula`,
    `${F}:8:16  slide 1 \\(two-column\\): right: math: too many macro expansions`,
    `${F}:9:24  slide 1 \\(two-column\\): notes: math: \\\\includegraphics is not allowed`,
  ].join('[\\s\\S]*')),
  // templates and themes
  'layout-syntax-error': /layouts\/broken\.hbs:\d+:\d+ {2}template: /,
  'partial-syntax-error': /partials\/footer\.hbs:1:\d+ {2}template: Parse error/,
  'unknown-theme': new RegExp(`${F}:2:8  theme: unknown theme "nonexistent"`),
  'theme-bad-colour': /theme\/theme\.yaml:3:11 {2}colors\.accent: "#12345g" is not a colour/,
};

const committed = readdirSync(BAD).filter((n) => statSync(path.join(BAD, n)).isDirectory()).sort();
const work = tempDir('podium-bad-');
const dist = path.join(work, 'dist');
const out = path.join(dist, 'good');
const generated = path.join(work, 'generated');
const cases: [string, string, RegExp][] = [
  ...committed.map((n): [string, string, RegExp] => [n, path.join(BAD, n), EXPECT[n]!]),
  ...Object.entries(GENERATED_BAD).map(([n, g]): [string, string, RegExp] => [n, path.join(generated, n), g.expect]),
];
let before: Record<string, string>;

beforeAll(async () => {
  for (const [name, g] of Object.entries(GENERATED_BAD)) {
    mkdirSync(path.join(generated, name), { recursive: true });
    g.make(path.join(generated, name));
  }
  const r = await runCli(['build', fixture('all-layouts'), '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  before = snapshot(out);
  expect(Object.keys(before)).toContain('index.html');
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('holds at least 40 cases, each with the message it must print', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(committed.filter((n) => !EXPECT[n])).toEqual([]);
  expect(Object.keys(EXPECT).filter((n) => !committed.includes(n))).toEqual([]);
});

describe.each(cases)('%s', (name, dir, message) => {
  // No time assertion here (speed belongs in `npm run bench`); the test timeout still catches a hang.
  it('exits 1 naming file:line:col, with no stack trace; nothing written, the earlier build byte-identical', async () => {
    const r = await runCli(['build', dir, '--out', out]);
    expect(r.error, String((r.error as Error | undefined)?.stack)).toBeUndefined();
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^\S+:\d+:\d+ {2}\S/m);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.length).toBeLessThan(20_000); // a 10 MB line or 20,000 problems still print a screenful
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dist)).toEqual(['good']);
  });
});

describe('--out never replaces a folder that is not an earlier build', () => {
  // A build swaps its output folder wholesale; these would have wiped the project, the deck or a file.
  const project = path.join(work, 'project');
  const deck = path.join(project, 'slides', 'talk');
  beforeAll(() => {
    mkdirSync(deck, { recursive: true });
    writeFileSync(path.join(deck, 'deck.yaml'), 'title: T\nslides:\n  - layout: title\n    title: x\n');
    writeFileSync(path.join(project, 'package.json'), '{}');
    writeFileSync(path.join(project, 'notes.txt'), 'mine');
    mkdirSync(path.join(project, 'photos'));
    writeFileSync(path.join(project, 'photos', 'cat.jpg'), 'cat');
  });
  it.each([
    ['the project folder', '.', /refusing to replace .*: it holds package\.json|it holds the current folder/],
    ['the deck folder', 'slides/talk', /refusing to replace .*slides\/talk: it is a deck folder/],
    ['a file', 'notes.txt', /refusing to replace .*notes\.txt: it is a file, not a folder/],
    ['a folder of other files', 'photos', /refusing to replace .*photos: it is not an earlier Podium build \(no index\.html\)/],
  ])('%s: exit 1, everything left as it was', async (_what, outArg, message) => {
    const before = snapshot(project);
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const r = await runCli(['build', deck, '--out', outArg]);
      expect(r.error).toBeUndefined();
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(project)).toEqual(before);
    expect(readdirSync(work).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

it('leaves Object.prototype alone after the __proto__ / constructor deck', () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
});

it('the real `podium build` agrees on a sample, run in parallel child processes', async () => {
  const sample = ['not-utf8', 'yaml-billion-laughs', 'layout-syntax-error', 'huge-string'];
  const runs = sample.map((name) => {
    const [, dir, message] = cases.find(([n]) => n === name)!;
    return { message, run: spawnPodium(['build', dir, '--out', out], { cwd: work }).done };
  });
  for (const { message, run } of runs) {
    const r = await run;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  }
  expect(snapshot(out)).toEqual(before);
  expect(readdirSync(dist)).toEqual(['good']);
}, 60_000);
