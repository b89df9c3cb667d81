// SVG made inert: no script, handler or script URL survives.
import { describe, expect, it } from 'vitest';
import { inertSvg } from '../../../src/media/inert.ts';

describe('inertSvg', () => {
  it('removes scripts, handlers and script URLs, and leaves text that merely looks like them', () => {
    const out = inertSvg('<svg onload="x()"><script>alert(1)</script><a href="javascript:alert(1)" xlink:href=\' data:text/html,x\'><text onclick=go()>online=yes</text></a></svg>');
    expect(out).toBe('<svg><a><text>online=yes</text></a></svg>');
  });
});
