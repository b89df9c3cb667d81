// Math and emoji in built sites, inspected as DOM and files: KaTeX's HTML + MathML in every kind of field,
// no KaTeX script, its stylesheet and only the fonts used copied (relative URLs that exist), the emoji font
// only for decks with emoji; decks with neither get nothing extra. And a TeX error prints its code frame.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_CSS } from '../../src/build/content-assets.ts';
import { build } from '../../src/pipeline.ts';
import { fixture, ROOT, siteDom, tempDir } from '../support/decks.ts';
import { runCli } from '../support/hardening.ts';

const out = tempDir('podium-math-');
afterAll(() => rmSync(out, { recursive: true, force: true }));
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('a deck with math and emoji', () => {
  const target = path.join(out, 'math');
  let doc: Document;
  beforeAll(async () => {
    await build(fixture('math'), { out: target });
    doc = siteDom(target);
  }, 60_000);

  it('typesets formulas in bullets, display math, notes, cards and a body file: .katex with MathML', () => {
    const [step, loss, cards] = [...doc.querySelectorAll('section.podium-slide')];
    expect(step!.querySelectorAll('li .katex').length).toBe(2);
    expect(step!.querySelector('li .katex-display math[display="block"]')).not.toBeNull();
    expect(step!.querySelector('aside.notes .katex math')).not.toBeNull();
    expect(loss!.querySelector('.slide-body .math-block .katex-display')).not.toBeNull();
    expect(loss!.querySelectorAll('.slide-body p .katex').length).toBe(2);
    expect(cards!.querySelector('.card-text .katex')).not.toBeNull();
    for (const k of doc.querySelectorAll('.katex')) {
      expect(k.querySelector('.katex-mathml > math[xmlns="http://www.w3.org/1998/Math/MathML"] annotation[encoding="application/x-tex"]')).not.toBeNull();
      expect(k.querySelector('.katex-html[aria-hidden="true"]')).not.toBeNull();
    }
  });

  it('leaves prices and escaped dollars as text', () => {
    const items = [...doc.querySelectorAll('section.podium-slide')[0]!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('Prices stay text — $5 and $10');
    expect(items).toContain('Escaped dollars stay dollars — $x$');
  });

  it('ships no KaTeX script: rendering happened at build time', () => {
    const scripts = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual(['podium/podium.js']);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).not.toMatch(/katex(\.min)?\.m?js|renderMathInElement|auto-render/);
    expect(readFileSync(path.join(target, 'podium/podium.js'), 'utf8')).not.toMatch(/renderToString|KaTeX parse error/);
  });

  it('links podium/content.css: KaTeX\'s rules, and @font-face URLs that are relative files of the site', () => {
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toContain(CONTENT_CSS);
    const css = readFileSync(path.join(target, CONTENT_CSS), 'utf8');
    expect(css).toContain('.katex .mathnormal');
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!.replace(/^["']|["']$/g, ''));
    expect(urls.length).toBeGreaterThan(3);
    for (const u of urls) {
      expect(u).not.toMatch(/^(https?:)?\/\/|^\//);
      expect(u).toMatch(/\.woff2$/);
      expect(existsSync(path.join(target, 'podium', u)), u).toBe(true);
    }
  });

  it('copies only the KaTeX faces the formulas use', () => {
    const katex = files(path.join(target, 'podium/katex/fonts'));
    expect(katex).toEqual(expect.arrayContaining(['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2', 'KaTeX_Size2-Regular.woff2']));
    for (const unused of ['KaTeX_Fraktur-Regular.woff2', 'KaTeX_Script-Regular.woff2', 'KaTeX_Typewriter-Regular.woff2', 'KaTeX_Caligraphic-Regular.woff2']) expect(katex).not.toContain(unused);
    expect(katex.length).toBeLessThan(8); // of KaTeX's 20
  });

  it('copies the emoji font chunks holding its emoji, declared in content.css, with Noto Emoji in every theme stack', () => {
    const emoji = files(path.join(target, 'podium/fonts')).filter((f) => f.startsWith('noto-emoji-'));
    expect(emoji).toContain('noto-emoji-3-400-normal.woff2'); // 🛡 and 📦
    expect(emoji.length).toBeLessThan(8); // of 12
    expect(readFileSync(path.join(target, CONTENT_CSS), 'utf8')).toMatch(/font-family: 'Noto Emoji'[\s\S]*unicode-range:/);
    const theme = readFileSync(path.join(target, 'podium/theme.css'), 'utf8');
    for (const role of ['heading', 'body', 'mono']) expect(theme).toMatch(new RegExp(`--podium-font-${role}: '[^']+', 'Noto Emoji', [a-z-]+;`));
  });
});

describe('decks without math or emoji get nothing extra', () => {
  it.each([['all-layouts', fixture('all-layouts')]])('%s: no content.css, no KaTeX, no emoji font', async (name, dir) => {
    const target = path.join(out, name);
    await build(dir, { out: target });
    expect(existsSync(path.join(target, CONTENT_CSS))).toBe(false);
    expect(existsSync(path.join(target, 'podium/katex'))).toBe(false);
    expect(files(path.join(target, 'podium/fonts')).filter((f) => f.startsWith('noto-emoji'))).toEqual([]);
    const html = readFileSync(path.join(target, 'index.html'), 'utf8');
    expect(html).not.toContain('katex');
    expect(html).not.toContain('content.css');
  });

  it('emoji only: the emoji font, no KaTeX', async () => {
    const dir = path.join(out, 'src-emoji');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'deck.yaml'), 'title: Emoji\nslides:\n  - layout: cards\n    title: Icons\n    cards:\n      - { title: Safe, icon: 🛡 }\n');
    const target = path.join(out, 'emoji');
    await build(dir, { out: target });
    expect(files(path.join(target, 'podium/fonts')).filter((f) => f.startsWith('noto-emoji'))).toEqual(['noto-emoji-3-400-normal.woff2']);
    expect(existsSync(path.join(target, 'podium/katex'))).toBe(false);
    expect(readFileSync(path.join(target, CONTENT_CSS), 'utf8')).not.toContain('katex');
  });
});

it('a TeX error prints its position, the code frame with a caret under the command, and no stack', async () => {
  const r = await runCli(['build', path.join(ROOT, 'tests/fixtures/bad/math-undefined-command'), '--out', path.join(out, 'never')]);
  expect(r.code).toBe(1);
  expect(r.error).toBeUndefined();
  const lines = r.stderr.split('\n');
  expect(lines[0]).toMatch(/deck\.yaml:7:25 {2}slide 1 \(bullets\): items\[1\]: math: Undefined control sequence: \\frc$/);
  const frame = lines.findIndex((l) => l.startsWith('> 7 |'));
  expect(lines[frame]).toContain('- Half a step is $\\frc{1}{2} \\eta$');
  expect(lines[frame + 1]!.indexOf('^') - lines[frame + 1]!.indexOf('|') - 2).toBe(24); // column 25
  expect(existsSync(path.join(out, 'never'))).toBe(false);
});
