// A slide's `style:`: scoped to the slide, parsed by postcss, nothing that leaves the slide, problems at their line.
import { describe, expect, it } from 'vitest';
import { scopeSelector, scopeSlideCss } from '../../../src/content/slide-style.ts';

const SCOPE = '.podium-slide#intro';

describe('scopeSlideCss', () => {
  it('prefixes every selector, in @media too; :scope, & and section mean the slide itself', () => {
    const r = scopeSlideCss('.title, h2 { color: red }\n@media (max-width: 10px) { li { margin: 0 } }\n:scope { --x: 1 }\n& .a { b: c }\nsection.dark { d: e }', SCOPE);
    expect(r.problems).toEqual([]);
    expect(r.css).toContain(`${SCOPE} .title, ${SCOPE} h2 { color: red }`);
    expect(r.css).toContain(`${SCOPE} li { margin: 0 }`);
    expect(r.css).toContain(`${SCOPE} { --x: 1 }`);
    expect(r.css).toContain(`${SCOPE} .a { b: c }`);
    expect(r.css).toContain(`${SCOPE}.dark { d: e }`);
    expect(scopeSelector('sectionx', SCOPE)).toBe(`${SCOPE} sectionx`);
  });

  it('leaves keyframe steps alone and lists url()s for the offline check', () => {
    const r = scopeSlideCss('@keyframes pop { from { opacity: 0 } 50% { opacity: 1 } }\n.a { background: url("img/x.png") }\n.b { background: url(https://example.org/y.png) }', SCOPE);
    expect(r.css).toContain('from { opacity: 0 }');
    expect(r.urls).toEqual([{ url: 'img/x.png', line: 2, column: 6 }, { url: 'https://example.org/y.png', line: 3, column: 6 }]);
  });

  it('reports a syntax error at its line and column', () => {
    const r = scopeSlideCss('.a { color: red }\n.b { color: blue', SCOPE);
    expect(r.css).toBeUndefined();
    expect(r.problems).toEqual([{ message: 'CSS: Unclosed block', line: 2, column: 1 }]);
  });

  it('refuses @import, @font-face and markup that would close the style element', () => {
    expect(scopeSlideCss('@import "x.css";', SCOPE).problems[0]!.message).toBe('CSS: @import is not allowed in a slide\'s style');
    expect(scopeSlideCss('@font-face { font-family: X }', SCOPE).problems[0]!.message).toMatch(/@font-face is not allowed/);
    expect(scopeSlideCss('.a { color: red }\n</style><script>alert(1)</script>', SCOPE).problems[0]).toMatchObject({ message: 'HTML markup is not CSS', line: 2 });
    expect(scopeSlideCss('.a { background: url(javascript:alert(1)) }', SCOPE).problems[0]!.message).toMatch(/runs script/);
  });
});
