import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../../src/content/markdown.ts';
import { bulletTree, registerHelpers, type BulletNode } from '../../../src/render/helpers.ts';

const leaf = (text: string): BulletNode => ({ text, children: [] });
const node = (text: string, ...children: BulletNode[]): BulletNode => ({ text, children });

describe('bulletTree', () => {
  it('turns a flat list into leaves', () => {
    expect(bulletTree(['a', 'b'])).toEqual([leaf('a'), leaf('b')]);
  });

  it('makes a list right after an item that item\'s children', () => {
    expect(bulletTree(['a', ['b', 'c'], 'd'])).toEqual([node('a', leaf('b'), leaf('c')), leaf('d')]);
  });

  it('nests several levels deep', () => {
    expect(bulletTree(['a', ['b', ['c', ['d']]]])).toEqual([node('a', node('b', node('c', leaf('d'))))]);
  });

  it('appends consecutive lists to the same item', () => {
    expect(bulletTree(['a', ['b'], ['c']])).toEqual([node('a', leaf('b'), leaf('c'))]);
  });

  it('lifts a leading list (no item to attach to) to the current level', () => {
    expect(bulletTree([['x', 'y'], 'z'])).toEqual([leaf('x'), leaf('y'), leaf('z')]);
  });

  it('attaches a list that starts with a sub-list to the previous item', () => {
    expect(bulletTree(['a', [['b'], 'c']])).toEqual([node('a', leaf('b'), leaf('c'))]);
  });

  it('is empty for an empty list', () => {
    expect(bulletTree([])).toEqual([]);
  });

  it('does not mutate its input', () => {
    const items = ['a', ['b']];
    bulletTree(items);
    expect(items).toEqual(['a', ['b']]);
  });
});

describe('registerHelpers', () => {
  const env = Handlebars.create();
  registerHelpers(env);
  const md = createMarkdown({ allowHtml: false });
  const run = (tpl: string, ctx: object = {}) => env.compile(tpl)(ctx, { data: { md } });

  it('md renders block Markdown and escapes HTML; mdi renders inline', () => {
    expect(run('{{md x}}', { x: '*a* <script>' })).toBe('<p><em>a</em> &lt;script&gt;</p>\n');
    expect(run('{{mdi x}}', { x: '**b**' })).toBe('<strong>b</strong>');
    expect(run('[{{md x}}{{mdi x}}]', { x: 5 })).toBe('[]');
  });

  it('code highlights with line marks', () => {
    const out = run('{{code c l m}}', { c: 'a\nb', l: 'plaintext', m: '2' });
    expect(out).toBe('<span class="line is-dimmed">a</span>\n<span class="line is-marked">b</span>');
  });

  it('bulletTree is usable from a template', () => {
    expect(run('{{#each (bulletTree items)}}[{{text}}:{{children.length}}]{{/each}}', { items: ['a', ['b'], 'c'] })).toBe('[a:1][c:0]');
    expect(run('{{#each (bulletTree items)}}x{{/each}}', { items: 'nope' })).toBe('');
  });

  it('small helpers: eq, pad2, inc, isUrl', () => {
    expect(run('{{#if (eq a "x")}}yes{{else}}no{{/if}}', { a: 'x' })).toBe('yes');
    expect(run('{{#if (eq a "x")}}yes{{else}}no{{/if}}', { a: 'y' })).toBe('no');
    expect(run('{{pad2 (inc 0)}} {{pad2 12}}')).toBe('01 12');
    expect(run('{{#if (isUrl i)}}url{{else}}glyph{{/if}}', { i: 'icons/a.svg' })).toBe('url');
    expect(run('{{#if (isUrl i)}}url{{else}}glyph{{/if}}', { i: '🔥' })).toBe('glyph');
  });

  it('linkLabel / linkUrl handle plain URLs and {label, url}', () => {
    expect(run('{{linkLabel l}}|{{linkUrl l}}', { l: 'https://pytorch.org/' })).toBe('pytorch.org|https://pytorch.org/');
    expect(run('{{linkLabel l}}|{{linkUrl l}}', { l: { label: 'Docs <b>', url: './d.html' } })).toBe('Docs &lt;b&gt;|./d.html');
  });

  it('json escapes < so content cannot close a <script> element', () => {
    const out = run('{{json v}}', { v: { s: '</script><script>alert(1)</script>' } });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ s: '</script><script>alert(1)</script>' });
  });
});
