// Math and emoji in the dev server: every deck page links /@podium/content.css — KaTeX's stylesheet and the
// emoji font with every face declared — so a formula or an emoji typed into a deck shows at once, through
// the in-place slide swap, without a new stylesheet. Browsers fetch a font file only when a glyph needs it,
// so a deck without math or emoji loads no KaTeX or emoji font. The static build ships only what is used
// (src/build/content-assets.ts).
import { readFileSync } from 'node:fs';
import type { Connect } from 'vite';
import { devContentAssets } from '../build/content-assets.ts';

export const CONTENT_CSS_URL = '/@podium/content.css';
const FONT_PREFIX = '/@podium/content/';

export function createContentServer(): Connect.NextHandleFunction {
  let assets: ReturnType<typeof devContentAssets> | undefined;
  return (req, res, next) => {
    const url = (req.url ?? '/').split('?')[0]!;
    if (url !== CONTENT_CSS_URL && !url.startsWith(FONT_PREFIX)) return next();
    (assets ??= devContentAssets(FONT_PREFIX)).then(({ css, fonts }) => {
      res.setHeader('cache-control', 'no-store');
      if (url === CONTENT_CSS_URL) { res.setHeader('content-type', 'text/css'); res.end(css); return; }
      const file = Object.hasOwn(fonts, url.slice(FONT_PREFIX.length)) ? fonts[url.slice(FONT_PREFIX.length)] : undefined;
      if (!file) { res.statusCode = 404; res.end('Not found'); return; }
      res.setHeader('content-type', 'font/woff2');
      res.end(readFileSync(file));
    }, next);
  };
}
