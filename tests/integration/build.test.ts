// Real decks built to HTML and inspected as DOM: slide count, notes, escaping, relative offline assets.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { DeckError } from '../../src/errors.ts';
import { deckYaml, fixture, PYTORCH, siteDom, tempDir, tempProject } from '../support/decks.ts';

const out = tempDir();
afterAll(() => rmSync(out, { recursive: true, force: true }));

const decks = { 'pytorch-lessons': PYTORCH, 'all-layouts': fixture('all-layouts'), hostile: fixture('hostile'), 'four-three': fixture('four-three') };

describe.each(Object.entries(decks))('build %s', (name, dir) => {
  const target = path.join(out, name);
  let doc: Document;
  it('builds and has one section per slide of deck.yaml, in order', async () => {
    await build(dir, { out: target });
    doc = siteDom(target);
    const yaml = deckYaml(dir);
    const sections = [...doc.querySelectorAll('.reveal .slides > section.podium-slide')];
    expect(sections).toHaveLength(yaml.slides.length);
    sections.forEach((s, i) => {
      expect(s.getAttribute('data-podium-slide')).toBe(String(i + 1));
      expect(s.classList.contains(`layout-${yaml.slides[i]!.layout}`)).toBe(true);
      if (yaml.slides[i]!.id) expect(s.id).toBe(yaml.slides[i]!.id);
    });
  });

  it('keeps every slide\'s notes in an aside.notes', () => {
    const yaml = deckYaml(dir);
    const sections = [...doc.querySelectorAll('section.podium-slide')];
    yaml.slides.forEach((slide, i) => {
      const aside = sections[i]!.querySelector(':scope > aside.notes');
      if (slide.notes) expect(aside?.textContent?.trim().length).toBeGreaterThan(0);
      else expect(aside).toBeNull();
    });
  });

  it('loads nothing from the network and uses only relative URLs that exist', () => {
    const urls = [...doc.querySelectorAll('script[src], link[href]:not([href^="data:"]), img[src], [data-background-image]')].map((el) =>
      el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data-background-image')!);
    expect(urls.length).toBeGreaterThan(2);
    for (const u of urls) {
      expect(u).not.toMatch(/^(https?:)?\/\//);
      expect(u.startsWith('/')).toBe(false);
      expect(existsSync(path.join(target, decodeURI(u)))).toBe(true);
    }
    const css = readFileSync(path.join(target, 'podium/podium.css'), 'utf8');
    expect(css).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    // the theme's fonts: @font-face rules in podium/theme.css pointing at files copied beside it
    const theme = readFileSync(path.join(target, 'podium/theme.css'), 'utf8');
    expect(theme).toMatch(/font-family:\s*'Inter'/);
    const fonts = [...theme.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!).filter((u) => !/^["']?data:/.test(u)); // inline images (the glow) aside
    expect(fonts.length).toBeGreaterThan(2);
    for (const f of fonts) expect(existsSync(path.join(target, 'podium', f)), f).toBe(true);
  });

  it('runs no script but Podium\'s own, and no inline event handlers', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).toEqual(['application/json', 'podium/podium.js']);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  });
});

describe('what the build writes', () => {
  it('escapes hostile content as text', () => {
    const doc = siteDom(path.join(out, 'hostile'));
    expect(doc.querySelector('title')?.textContent).toContain('<script>');
    expect(doc.querySelector('#t h1')?.textContent).toMatch(/\{\{constructor\.constructor .window\.__pwned=1.\}\}/);
    expect(doc.querySelector('#t aside.notes')?.textContent).toContain('</textarea><script>');
    expect(doc.querySelectorAll('iframe, svg, style, textarea, img')).toHaveLength(0);
    const config = JSON.parse(doc.querySelector('#podium-config')!.textContent!);
    expect(config.deck).toBe('hostile');
  });

  it('keeps raw HTML when the deck sets allowHtml: true', () => {
    const doc = siteDom(path.join(out, 'four-three'));
    expect(doc.querySelector('#html p.trusted')?.textContent).toBe('This deck trusts its HTML.');
    expect(JSON.parse(doc.querySelector('#podium-config')!.textContent!).reveal).toMatchObject({ width: 1440, height: 1080 });
  });

  it('copies referenced images, body files inlined, deck-local layouts used', () => {
    const target = path.join(out, 'all-layouts');
    const doc = siteDom(target);
    expect(readdirSync(path.join(target, 'img')).sort()).toEqual(['diagram.svg', 'dot.svg']);
    expect(doc.querySelector('#free .prose img')?.getAttribute('src')).toBe('./img/dot.svg');
    expect(doc.querySelector('#custom .big-number .value')?.textContent).toBe('42');
    expect(doc.querySelector('#part-one')?.getAttribute('data-background-color')).toBe('#223344');
    expect(doc.querySelector('#picture')?.getAttribute('data-background-image')).toBe('./img/dot.svg');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelectorAll('#snippet .line.is-marked')).toHaveLength(2);
  });

  it('a failed build leaves the earlier output byte-identical and no temp folders', async () => {
    const project = tempProject(fixture('all-layouts'), 'deck');
    try {
      const { outDir } = await build('deck', { root: project.root });
      const before = readFileSync(path.join(outDir, 'index.html'));
      const yamlFile = path.join(project.deckDir, 'deck.yaml');
      writeFileSync(yamlFile, readFileSync(yamlFile, 'utf8').replace('layout: quote', 'layout: qoute'));
      await expect(build('deck', { root: project.root })).rejects.toThrow(DeckError);
      expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);
      expect(readdirSync(path.dirname(outDir))).toEqual(['deck']);
    } finally {
      project.cleanup();
    }
  });
});
