// createPodiumPlugin(): decks as a Vite plugin. Each deck is served at /<name>/ (the index page at / lists
// them, or redirects when there is one). A change to a deck's files, a layout or a partial re-runs
// prepare → render for the decks concerned and pushes the new slides to their open pages (no reload).
// Bad content shows Vite's error overlay and is printed on the terminal.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDeckError } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { renderDeck } from '../render/render.ts';
import { cascade } from '../render/stylesheets.ts';
import { createThemeServer, isThemeFile, themeCssUrl } from '../theme/serve.ts';
import { projectThemesDir } from '../theme/themes.ts';
import { CONTENT_CSS_URL, createContentServer } from './content-serve.ts';
import { DeckHost, type Draft } from './deck-host.ts';
import { createRebuilds } from './rebuilds.ts';
import { VERSION_META } from './slide-diff.ts';
import { indexPage } from './index-page.ts';
import { errorPage, overlayPayload } from './overlay.ts';
import { DEV_CLIENT, DEV_STYLESHEETS } from './server-paths.ts';
import { isInside } from '../util/paths.ts';
import { warmDiagrams } from './warm-diagrams.ts';

/** The dev page's assets: the same cascade as the static build (src/render/stylesheets.ts), each sheet linked from its source. */
export const devAssets = (deck: string) => ({ styles: cascade({ runtime: DEV_STYLESHEETS, theme: themeCssUrl(deck), content: CONTENT_CSS_URL }), scripts: [], modules: [DEV_CLIENT] });

/** The version of its slides a page is served (src/vite/slide-diff.ts), in its <head>. */
const versioned = (html: string, version: number) => html.replace('</head>', `<meta name="${VERSION_META}" content="${version}">\n</head>`);

/** How long the files must be quiet before a rebuild is shown (every step of a save resets it; the rebuild itself starts at once as a draft, src/vite/rebuilds.ts). */
const SETTLE_MS = 25;
/** After a rebuild, when to check the deck's files for a save the watcher dropped. */
const VERIFY_MS = 150;

export interface PodiumPluginOptions { root: string; decks: { name: string; dir: string }[] }

export function createPodiumPlugin(opts: PodiumPluginOptions): Plugin {
  const diagrams = warmDiagrams(); // a browser only once a diagram needs drawing
  const hosts = new Map(opts.decks.map((d) => [d.name, new DeckHost(d.name, d.dir, opts.root, { mermaid: diagrams.session })]));

  const push = (server: ViteDevServer, host: DeckHost) => {
    const update = host.update();
    if (update) {
      server.ws.send({ type: 'custom', event: 'podium:update', data: update });
      server.config.logger.info(`podium: ${host.name}: ${update.base === undefined ? `all ${update.count} slides` : `${update.slides.length} of ${update.count} slides`} sent`, { timestamp: true });
    } else if (!host.state.ok) {
      server.ws.send({ type: 'error', err: overlayPayload(host.state.error) });
      server.config.logger.error(formatDeckError(host.state.error, true), { timestamp: true });
    }
  };

  return {
    name: 'podium:deck',
    async closeBundle() { await diagrams.close(); }, // the server closes: so does its browser
    async configureServer(server) {
      await Promise.all([...hosts.values()].map((h) => h.rebuild()));
      if ([...hosts.values()].some((h) => h.hasDiagrams())) diagrams.session.warm(); // the first diagram edit is then as fast as the next
      for (const h of hosts.values()) if (!h.state.ok) server.config.logger.error(formatDeckError(h.state.error, true));
      // A draft whose files are unchanged is what a rebuild now would give: show it instead (src/vite/rebuilds.ts).
      const refresh = async (h: DeckHost, draft?: Draft) => { if (h.current(draft && h.fresh(draft) ? h.adopt(draft) : await h.rebuild())) push(server, h); };
      server.watcher.add([...[...hosts.values()].map((h) => h.dir), TEMPLATES_DIR, projectThemesDir()]);
      // Each deck's theme: /@podium/theme.css?deck=<name>, its fonts and logo under /<name>/podium/ (src/theme/serve.ts).
      const themes = createThemeServer((name) => { const s = hosts.get(name)?.state; return s?.ok ? s.prepared.deck.resolvedTheme : undefined; });
      // Editors (and writeFile) save in several steps: a burst of events becomes one rebuild of each deck concerned,
      // then the theme stylesheets are swapped in place (no reload), then a check for a save the watcher dropped.
      const rebuilds = createRebuilds({
        hosts: () => hosts.values(),
        draft: (h) => h.draft(),
        rebuild: refresh,
        swapThemes: () => { for (const h of hosts.values()) { const css = themes.update(h.name); if (css) server.ws.send(css); } },
      }, SETTLE_MS, VERIFY_MS);
      // A deck's own files, its theme (templates/themes/, its theme/ folder: footer, logo, CSS), a shared layout.
      const changed = (file: string) => {
        const shared = isInside(file, TEMPLATES_DIR) && file.endsWith('.hbs');
        rebuilds.changed([...hosts.values()].filter((h) => shared || isThemeFile(file, h.dir) || (h.owns(file) && /\.(ya?ml|md|hbs)$/.test(file))));
      };
      server.watcher.on('all', (event, file) => { if (event === 'add' || event === 'unlink') changed(file); });
      // Changes come from chokidar's raw events: its `change` event is dropped within 50 ms of the previous one
      // for the same file (a quick second save then waited for the missed-save check), and comes after a stat
      // — often after the rebuild its raw events started, so it only caused a second one.
      server.watcher.on('raw', (_event: string, name: unknown, details: { watchedPath?: unknown } | undefined) => {
        const watched = details?.watchedPath;
        if (typeof watched !== 'string' || typeof name !== 'string') return;
        changed(path.basename(watched) === name ? watched : path.join(watched, name));
      });
      server.httpServer?.once('close', () => rebuilds.close());
      // A page that missed an update (it was loading when one was sent) asks for every slide.
      server.ws.on('podium:resync', (data: { deck?: string } | undefined, client) => {
        const update = hosts.get(String(data?.deck))?.resync();
        if (update) client.send('podium:update', update);
      });
      // Serve only the decks and Vite's own machinery: nothing else under Vite's root leaks out.
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '/').split('?')[0]!;
        let top: string;
        try { top = decodeURIComponent(url.split('/')[1] ?? ''); } catch { res.statusCode = 400; res.end('Bad request'); return; }
        if (url === '/' || url === '/index.html' || top.startsWith('@') || top === '__vite_ping' || hosts.get(top)?.serves(url)) return next();
        res.statusCode = hosts.has(top) ? 403 : 404;
        res.end(hosts.has(top) ? 'Forbidden' : 'Not found');
      });
      server.middlewares.use(themes.middleware);
      server.middlewares.use(createContentServer()); // KaTeX and emoji: /@podium/content.css and its fonts
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
        const html = s.ok ? versioned(renderDeck(s.prepared.deck, s.prepared.templates, devAssets(host.name), s.slides), host.served()!) : errorPage(s.error);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(await server.transformIndexHtml(req.url ?? '/', html));
      });
    },
  };
}
