// `podium dev`: a Vite dev server for one deck, or for every deck under slides/ (with an index page),
// bound to 127.0.0.1 unless --host says otherwise. Each deck is served at /<name>/.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { listDecks } from '../content/decks.ts';
import { resolveDeckDir } from '../content/load.ts';
import { DeckError } from '../errors.ts';
import { CACHE_DIR, PKG_ROOT } from '../paths.ts';
import { createPodiumPlugin } from './plugin.ts';
import { DEV_FS_ALLOW } from './server-paths.ts';

export interface DevOptions { deck?: string; port?: number; host?: string; root?: string; quiet?: boolean }

/** The decks to serve: the one named, else every deck under slides/ (or the default deck when there are none). */
export function devDecks(deck: string | undefined, root: string): { name: string; dir: string }[] {
  const all = deck ? [] : listDecks(root);
  const dirs = all.length ? all.map((n) => path.join(root, 'slides', n)) : [resolveDeckDir(deck, root)];
  return dirs.map((dir) => ({ name: path.basename(dir), dir }));
}

export async function startDevServer(opts: DevOptions): Promise<ViteDevServer> {
  const root = opts.root ?? process.cwd();
  const decks = devDecks(opts.deck, root);
  const { createServer } = await import('vite');
  const host = opts.host ?? '127.0.0.1';
  // Vite's root is the folder holding the decks, so /<name>/img.png is the deck's own file.
  const viteRoot = path.dirname(decks[0]!.dir);
  const server = await createServer({
    configFile: false,
    root: viteRoot,
    // one dependency cache per served folder: two dev servers never invalidate each other's
    cacheDir: path.join(CACHE_DIR, 'vite', createHash('sha1').update(viteRoot).digest('hex').slice(0, 10)),
    publicDir: false,
    appType: 'custom',
    logLevel: opts.quiet ? 'error' : 'info',
    clearScreen: false,
    server: { host, port: opts.port ?? 3030, strictPort: opts.port !== undefined, fs: { strict: true, allow: [...decks.map((d) => d.dir), ...DEV_FS_ALLOW] } },
    // Scan Podium's own runtime for its dependencies: they resolve from Podium's node_modules even when the
    // decks live in a project that does not have reveal.js installed.
    optimizeDeps: { entries: [path.join(PKG_ROOT, 'src/runtime/dev.ts'), path.join(PKG_ROOT, 'src/runtime/client.ts')] },
    plugins: [createPodiumPlugin({ root, decks })],
  });
  try {
    await server.listen();
  } catch (e) {
    await server.close();
    const message = (e as Error).message;
    throw new DeckError({ message: `dev server: ${message}`, hint: /in use|EADDRINUSE/i.test(message) ? 'pick another --port, or leave it out to use the next free one' : undefined });
  }
  if (opts.host && !['127.0.0.1', 'localhost', '::1'].includes(opts.host)) {
    server.config.logger.warn(`podium: --host ${opts.host}: the deck is visible to other machines on the network`);
  }
  return server;
}
