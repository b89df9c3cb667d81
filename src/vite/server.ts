// `podium dev`: a Vite dev server for one deck, bound to 127.0.0.1 unless --host says otherwise.
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { resolveDeckDir } from '../content/load.ts';
import { PKG_ROOT } from '../paths.ts';
import { createPodiumPlugin } from './plugin.ts';
import { DEV_FS_ALLOW } from './server-paths.ts';

export interface DevOptions { deck?: string; port?: number; host?: string; root?: string; quiet?: boolean }

export async function startDevServer(opts: DevOptions): Promise<ViteDevServer> {
  const root = opts.root ?? process.cwd();
  const deckDir = resolveDeckDir(opts.deck, root);
  const { createServer } = await import('vite');
  const host = opts.host ?? '127.0.0.1';
  const server = await createServer({
    configFile: false,
    root: deckDir,
    cacheDir: path.join(PKG_ROOT, 'node_modules/.vite-podium'),
    publicDir: false,
    appType: 'custom',
    logLevel: opts.quiet ? 'error' : 'info',
    clearScreen: false,
    server: { host, port: opts.port ?? 3030, strictPort: opts.port !== undefined, fs: { strict: true, allow: [deckDir, ...DEV_FS_ALLOW] } },
    optimizeDeps: { include: ['reveal.js', 'reveal.js/plugin/notes'], entries: [] },
    plugins: [createPodiumPlugin({ deck: opts.deck, root, deckDir })],
  });
  await server.listen();
  if (opts.host && !['127.0.0.1', 'localhost', '::1'].includes(opts.host)) {
    server.config.logger.warn(`podium: --host ${opts.host}: the deck is visible to other machines on the network`);
  }
  return server;
}
