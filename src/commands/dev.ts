// `podium dev [deck]`: the Vite dev server (src/vite/), bound to 127.0.0.1 unless --host says otherwise.
import { usage } from '../errors.ts';

export interface DevFlags { port?: number | string; host?: string }

export async function devCommand(deck: string | undefined, o: DevFlags): Promise<void> {
  const port = o.port === undefined ? undefined : Number(o.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
    usage(`--port must be a whole number from 1 to 65535, got "${o.port}"`);
  }
  const { startDevServer } = await import('../vite/server.ts');
  const server = await startDevServer({ deck, port, host: o.host });
  server.printUrls();
}
