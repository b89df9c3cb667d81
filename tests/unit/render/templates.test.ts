// Templates: the built-in shell and layouts, custom template folders, errors at file:line, recompiling on change.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { TEMPLATES_DIR } from '../../../src/paths.ts';
import { renderSlides } from '../../../src/render/render.ts';
import { loadTemplates, type TemplateSet } from '../../../src/render/templates.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';
import { directDeck, dom, only, text } from './_render.ts';

const tempDir = useTempDirs();

let templates: TemplateSet;
beforeAll(() => {
  templates = loadTemplates();
});

describe('loadTemplates (built-in)', () => {
  it('loads the shell and one template per built-in layout', () => {
    expect([...templates.layoutNames].sort()).toEqual([...builtinLayouts].sort());
    expect([...templates.layouts.keys()].sort()).toEqual([...builtinLayouts].sort());
    expect(typeof templates.shell).toBe('function');
  });
});

describe('loadTemplates (custom dirs)', () => {
  function copyTemplates(): string {
    const dir = tempDir('podium-templates-');
    fs.cpSync(TEMPLATES_DIR, dir, { recursive: true });
    return dir;
  }

  it('reports a template syntax error as a DeckError naming the file and line', () => {
    const dir = copyTemplates();
    const file = path.join(dir, 'partials', 'heading.hbs');
    fs.writeFileSync(file, 'ok\n{{#if title}}\n<h2>{{mdi title}</h2>\n{{/if}}\n');
    const e = catchDeckError(() => loadTemplates(undefined, dir));
    expect(e.problems).toHaveLength(1);
    const [p] = e.problems;
    expect(p!.file).toBe(file); // outside the cwd, so shown in full
    expect(p).toMatchObject({ line: 3, column: 1 });
    expect(p!.message).toMatch(/^template: Parse error on line 3/);
    expect(p!.source).toContain('{{mdi title}</h2>');
  });

  it('reports a broken layout in the same way, and recovers once it is fixed', () => {
    const dir = copyTemplates();
    const file = path.join(dir, 'layouts', 'quote.hbs');
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${good}\n{{{oops}}\n`);
    const e = catchDeckError(() => loadTemplates(undefined, dir));
    expect(e.problems.map((p) => p.file)).toEqual([file]);
    expect(e.problems[0]!.line).toBe(good.split('\n').length + 1);
    fs.writeFileSync(file, good);
    expect(loadTemplates(undefined, dir).layoutNames).toContain('quote');
  });

  it('recompiles a template when the file changes', () => {
    const dir = copyTemplates();
    const deck = directDeck();
    const first = loadTemplates(undefined, dir);
    expect(renderSlides(deck, first)[0]).toContain('class="quote-block"');
    const file = path.join(dir, 'layouts', 'quote.hbs');
    fs.writeFileSync(file, '{{#> slide}}<p class="changed">{{md quote}}</p>{{/slide}}');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    const html = renderSlides(deck, loadTemplates(undefined, dir))[0]!;
    expect(dom(html).querySelector('section.layout-quote p.changed')).not.toBeNull();
  });

  it('adds deck-local layouts and partials on top of the built-in ones', () => {
    const deckDir = tempDir('podium-localdeck-');
    fs.mkdirSync(path.join(deckDir, 'layouts'));
    fs.mkdirSync(path.join(deckDir, 'partials'));
    fs.writeFileSync(path.join(deckDir, 'layouts', 'fancy.hbs'), '{{#> slide}}<div class="fancy">{{mdi title}} / {{extra}}</div>{{/slide}}');
    fs.writeFileSync(path.join(deckDir, 'partials', 'footer.hbs'), '<footer class="my-footer">{{number}}/{{total}}</footer>');
    const set = loadTemplates(deckDir);
    expect(set.layoutNames).toEqual([...[...builtinLayouts].sort(), 'fancy']);
    const deck = directDeck({
      slides: [{ number: 1, layout: 'fancy', data: { layout: 'fancy', title: '*Hi*', extra: '<x>' }, pos: { file: 'deck.yaml', line: 3, column: 5 }, path: ['slides', 0] }],
    });
    const doc = dom(renderSlides(deck, set)[0]!);
    const section = only(doc.querySelectorAll('section.layout-fancy'));
    expect(section.querySelector('.fancy em')?.textContent).toBe('Hi');
    expect(text(section.querySelector('.fancy'))).toBe('Hi / <x>');
    expect(text(section.querySelector('footer.my-footer'))).toBe('1/1');
    expect(section.querySelector('footer.slide-footer')).toBeNull();
  });
});
