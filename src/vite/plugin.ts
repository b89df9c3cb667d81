// createPodiumPlugin(): decks as a Vite plugin. Each deck is served at /<name>/ (the index page at / lists
// them, or redirects when there is one). A change to a deck's files, a layout or a partial re-runs
// prepare → render for the decks concerned and pushes the new slides to their open pages (no reload).
// Bad content shows Vite's error overlay and is printed on the terminal.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDeckError } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { renderDeck } from '../render/render.ts';
import { createThemeServer, isThemeFile, themeCssUrl } from '../theme/serve.ts';
import { DeckHost } from './deck-host.ts';
import { indexPage } from './index-page.ts';
import { errorPage, overlayPayload } from './overlay.ts';
import { DEV_CLIENT } from './server-paths.ts';

export const devAssets = (deck: string) => ({ styles: [themeCssUrl(deck)], scripts: [], modules: [DEV_CLIENT] });

/** How long the files must be quiet before a rebuild. */
const SETTLE_MS = 25;
/** After a rebuild, when to check the deck's files for a save the watcher dropped. */
const VERIFY_MS = 150;

export interface PodiumPluginOptions { root: string; decks: { name: string; dir: string }[] }

export function createPodiumPlugin(opts: PodiumPluginOptions): Plugin {
  const hosts = new Map(opts.decks.map((d) => [d.name, new DeckHost(d.name, d.dir, opts.root)]));

  const push = (server: ViteDevServer, host: DeckHost) => {
    const update = host.update();
    if (update) {
      server.ws.send({ type: 'custom', event: 'podium:update', data: update });
      server.config.logger.info(`podium: ${host.name}: updated ${host.state.ok ? host.state.prepared.deck.slides.length : 0} slides`, { timestamp: true });
    } else if (!host.state.ok) {
      server.ws.send({ type: 'error', err: overlayPayload(host.state.error) });
      server.config.logger.error(formatDeckError(host.state.error, true), { timestamp: true });
    }
  };

  return {
    name: 'podium:deck',
    configureServer(server) {
      for (const h of hosts.values()) h.onLate = () => push(server, h); // measured backgrounds arrive after a rebuild
      for (const h of hosts.values()) if (!h.state.ok) server.config.logger.error(formatDeckError(h.state.error, true));
      server.watcher.add([...[...hosts.values()].map((h) => h.dir), TEMPLATES_DIR]);
      // Editors (and writeFile) save in several steps: coalesce a burst of events into one rebuild.
      const pending = new Set<DeckHost>();
      let timer: NodeJS.Timeout | undefined;
      const themePending = new Set<DeckHost>();
      let themeTimer: NodeJS.Timeout | undefined;
      server.watcher.on('all', (event, file) => {
        if (event === 'addDir' || event === 'unlinkDir') return;
        // Themes (templates/themes/, a deck's theme/): re-render the decks concerned (footer, logo) and swap their
        // stylesheet in place, no reload. After any other change (deck.yaml's inline theme) the swap follows its rebuild.
        const themed = [...hosts.values()].filter((h) => isThemeFile(file, h.dir));
        themed.forEach((h) => themePending.add(h));
        const swapThemes = () => {
          if (pending.size) { themeTimer = setTimeout(swapThemes, SETTLE_MS); return; } // content rebuilds first
          for (const h of themePending) { h.rebuild(); push(server, h); }
          themePending.clear();
          for (const h of hosts.values()) { const css = themes.update(h.name); if (css) server.ws.send(css); }
        };
        clearTimeout(themeTimer);
        themeTimer = setTimeout(swapThemes, SETTLE_MS);
        if (themed.length) return;
        const shared = file.startsWith(TEMPLATES_DIR + path.sep) && file.endsWith('.hbs');
        const concerned = [...hosts.values()].filter((h) => shared || (h.owns(file) && /\.(ya?ml|md|hbs)$/.test(file)));
        if (!concerned.length) return;
        concerned.forEach((h) => pending.add(h));
        clearTimeout(timer);
        timer = setTimeout(() => {
          for (const h of pending) { h.rebuild(); push(server, h); }
          pending.clear();
          // The watcher may have dropped the last of a burst of saves: compare contents once things are quiet.
          clearTimeout(verify);
          verify = setTimeout(() => { for (const h of hosts.values()) if (h.stale()) { h.rebuild(); push(server, h); } }, VERIFY_MS);
        }, SETTLE_MS);
      });
      let verify: NodeJS.Timeout | undefined;
      server.httpServer?.once('close', () => { clearTimeout(timer); clearTimeout(themeTimer); clearTimeout(verify); });
      // Serve only the decks and Vite's own machinery: nothing else under Vite's root leaks out.
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0]!;
        let top: string;
        try { top = decodeURIComponent(url.split('/')[1] ?? ''); } catch { res.statusCode = 400; res.end('Bad request'); return; }
        if (url === '/' || url === '/index.html' || top.startsWith('@') || top === '__vite_ping' || hosts.get(top)?.serves(url)) return next();
        res.statusCode = hosts.has(top) ? 403 : 404;
        res.end(hosts.has(top) ? 'Forbidden' : 'Not found');
      });
      // Each deck's theme: /@podium/theme.css?deck=<name>, its fonts and logo under /<name>/podium/ (src/theme/serve.ts).
      const themes = createThemeServer((name) => { const s = hosts.get(name)?.state; return s?.ok ? s.prepared.deck.resolvedTheme : undefined; });
      server.middlewares.use(themes.middleware);
      return () => server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
        if (url === '/' || url === '/index.html') {
          if (hosts.size === 1) { res.statusCode = 302; res.setHeader('location', `/${encodeURIComponent([...hosts.keys()][0]!)}/`); res.end(); return; }
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(indexPage([...hosts.values()]));
          return;
        }
        const m = /^\/([^/]+)\/(index\.html)?$/.exec(url);
        const host = m ? hosts.get(m[1]!) : undefined;
        if (!host) return next();
        const s = host.state;
        const html = s.ok ? renderDeck(s.prepared.deck, s.prepared.templates, devAssets(host.name), s.slides) : errorPage(s.error);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(await server.transformIndexHtml(req.url ?? '/', html));
      });
    },
  };
}
