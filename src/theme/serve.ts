// The theme in the dev server. Each deck's page links /@podium/theme.css?deck=<name>; the stylesheet
// points at /<name>/podium/… for its fonts and assets, and the slides' logo <img> (podium/logo.svg,
// relative to /<name>/) lands there too. Only the files of that deck's current theme are served.
// In-place swaps: when a deck's theme CSS changes, Vite's own css-update message makes the page load
// the new stylesheet beside the old one and then drop the old one (no reload, same slide and fragment).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, HotPayload } from 'vite';
import { TEMPLATES_DIR } from '../paths.ts';
import { resolveBuiltinTheme, type Theme } from './resolve.ts';
import { siteThemeCss } from './site-css.ts';
import { DECK_THEME_DIR, DEFAULT_THEME, projectThemesDir } from './themes.ts';
import { isInside } from '../util/paths.ts';

export const THEME_CSS_PATH = '/@podium/theme.css';
export const themeCssUrl = (deck: string) => `${THEME_CSS_PATH}?deck=${encodeURIComponent(deck)}`;

const TYPES: Record<string, string> = {
  '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.css': 'text/css',
};

/** Is `file` part of a theme the deck in `deckDir` may use: a built-in or project theme, or the deck's own theme/ folder? */
export function isThemeFile(file: string, deckDir: string): boolean {
  return [path.join(TEMPLATES_DIR, 'themes'), projectThemesDir(), path.join(deckDir, DECK_THEME_DIR)].some((dir) => isInside(file, dir));
}

export interface ThemeServer {
  middleware: Connect.NextHandleFunction;
  /** Vite's css-update for a deck's stylesheet when its CSS differs from what its page last loaded. */
  update(deck: string): HotPayload | undefined;
}

/** `themeOf` gives a deck's current theme, or undefined while the deck is invalid (its last good theme is kept). */
export function createThemeServer(themeOf: (deck: string) => Theme | undefined): ThemeServer {
  const last = new Map<string, Theme>();
  const served = new Map<string, string>();
  const theme = (deck: string) => {
    const t = themeOf(deck) ?? last.get(deck);
    if (t) last.set(deck, t);
    return t;
  };
  const css = (deck: string, t: Theme) => siteThemeCss(t, { url: (site) => `/${encodeURIComponent(deck)}/${site}` });
  return {
    middleware(req, res, next) {
      const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://podium');
      const pathname = decodeURIComponent(url.pathname);
      if (pathname === THEME_CSS_PATH) {
        const deck = url.searchParams.get('deck') ?? '';
        const t = theme(deck) ?? resolveBuiltinTheme(DEFAULT_THEME); // a deck invalid since the server started
        const text = css(deck, t);
        served.set(deck, text);
        res.setHeader('content-type', 'text/css');
        res.setHeader('cache-control', 'no-store');
        res.end(text);
        return;
      }
      const m = /^\/([^/]+)\/(podium\/.+)$/.exec(pathname);
      const file = m ? theme(m[1]!)?.files[m[2]!] : undefined;
      if (!file) return next();
      res.setHeader('content-type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      res.setHeader('cache-control', 'no-store');
      res.end(readFileSync(file));
    },
    update(deck) {
      const t = theme(deck);
      const before = served.get(deck);
      if (!t || before === undefined || css(deck, t) === before) return undefined;
      const p = themeCssUrl(deck);
      return { type: 'update', updates: [{ type: 'css-update', path: p, acceptedPath: p, timestamp: Date.now() }] };
    },
  };
}
