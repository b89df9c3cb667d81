// URLs the dev server uses for Podium's own files.
import path from 'node:path';
import { PKG_ROOT } from '../paths.ts';

/** The dev runtime (reveal.js + HMR), served by Vite through /@fs/. */
export const DEV_CLIENT = `/@fs${path.join(PKG_ROOT, 'src/runtime/dev.ts')}`;
/** What the dev server may read from disk besides the deck: the runtime sources, styles and dependencies. */
export const DEV_FS_ALLOW = [path.join(PKG_ROOT, 'src/runtime'), path.join(PKG_ROOT, 'templates/styles'), path.join(PKG_ROOT, 'node_modules')];
