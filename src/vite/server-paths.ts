// URLs the dev server uses for Podium's own files.
import path from 'node:path';
import { nodeModulesDirs, PKG_ROOT } from '../paths.ts';

/** The dev runtime (reveal.js + HMR), served by Vite through /@fs/. */
export const DEV_CLIENT = `/@fs${path.join(PKG_ROOT, 'src/runtime/dev.ts')}`;
/** What the dev server may read from disk besides the deck: the runtime sources, styles and the folders
 *  Podium's dependencies resolve from (its own node_modules, or the project's when npm hoisted them). */
export const DEV_FS_ALLOW = [path.join(PKG_ROOT, 'src/runtime'), path.join(PKG_ROOT, 'templates/styles'), ...nodeModulesDirs()];
