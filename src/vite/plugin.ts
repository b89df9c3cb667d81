// createPodiumPlugin(): the deck as a Vite plugin. Serves the rendered deck at /, re-runs
// prepare → render when deck.yaml, a Markdown body, a layout or a partial changes, and pushes the new
// slides to the open page (no reload). Bad content shows Vite's error overlay and is printed on the terminal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDeckError, isDeckError, type DeckError } from '../errors.ts';
import { prepare, type Prepared } from '../pipeline.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { renderDeck, renderSlides } from '../render/render.ts';
import { themeCssPath } from '../theme/themes.ts';
import { errorPage, overlayPayload } from './overlay.ts';
import { DEV_CLIENT } from './server-paths.ts';

export const DEV_ASSETS = {
  styles: ['/@podium/theme.css'],
  scripts: [],
  modules: [DEV_CLIENT],
};

/** How long the files must be quiet before a rebuild. */
const SETTLE_MS = 25;

type State = { ok: true; prepared: Prepared; slides: string[] } | { ok: false; error: DeckError };

export interface PodiumPluginOptions { deck?: string; root: string; deckDir: string }

export function createPodiumPlugin(opts: PodiumPluginOptions): Plugin {
  let state: State;
  const rebuild = (): State => {
    try {
      const prepared = prepare(opts.deck, opts.root);
      return (state = { ok: true, prepared, slides: renderSlides(prepared.deck, prepared.templates) });
    } catch (e) {
      if (!isDeckError(e)) throw e;
      return (state = { ok: false, error: e });
    }
  };
  const watched = (file: string) =>
    (file.startsWith(opts.deckDir + path.sep) && /\.(ya?ml|md|hbs)$/.test(file)) ||
    (file.startsWith(TEMPLATES_DIR + path.sep) && /\.hbs$/.test(file));

  const push = (server: ViteDevServer) => {
    if (state.ok) {
      server.ws.send({ type: 'custom', event: 'podium:update', data: { slides: state.slides.join('\n'), title: state.prepared.deck.title } });
      server.config.logger.info(`podium: updated ${state.prepared.deck.slides.length} slides`, { timestamp: true });
    } else {
      server.ws.send({ type: 'error', err: overlayPayload(state.error) });
      server.config.logger.error(formatDeckError(state.error, true), { timestamp: true });
    }
  };

  return {
    name: 'podium:deck',
    configureServer(server) {
      rebuild();
      if (!state.ok) server.config.logger.error(formatDeckError(state.error, true));
      server.watcher.add([opts.deckDir, TEMPLATES_DIR]);
      // Editors (and writeFile) save in several steps: coalesce a burst of events into one rebuild.
      let timer: NodeJS.Timeout | undefined;
      server.watcher.on('all', (event, file) => {
        if (file.startsWith(path.join(TEMPLATES_DIR, 'themes')) && file.endsWith('.css')) { server.ws.send({ type: 'full-reload' }); return; }
        if (!watched(file) || event === 'addDir' || event === 'unlinkDir') return;
        clearTimeout(timer);
        timer = setTimeout(() => { rebuild(); push(server); }, SETTLE_MS);
      });
      server.httpServer?.once('close', () => clearTimeout(timer));
      server.middlewares.use('/@podium/theme.css', (_req, res) => {
        const theme = state.ok ? state.prepared.deck.theme : 'pytorch';
        res.setHeader('content-type', 'text/css');
        res.end(readFileSync(themeCssPath(theme)));
      });
      return () => server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '/').split('?')[0];
        if (url !== '/' && url !== '/index.html') return next();
        const html = state.ok
          ? renderDeck(state.prepared.deck, state.prepared.templates, DEV_ASSETS, state.slides)
          : errorPage(state.error);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(await server.transformIndexHtml(req.url ?? '/', html));
      });
    },
  };
}
