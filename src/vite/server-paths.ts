// URLs the dev server uses for Podium's own files.
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodeModulesDirs, PKG_ROOT } from '../paths.ts';
import { RUNTIME_STYLESHEETS } from '../render/stylesheets.ts';

/** The dev runtime (reveal.js + HMR), served by Vite through /@fs/. */
export const DEV_CLIENT = `/@fs${path.join(PKG_ROOT, 'src/runtime/dev.ts')}`;
/** What the dev server may read from disk besides the deck: the runtime sources, styles and the folders
 *  Podium's dependencies resolve from (its own node_modules, or the project's when npm hoisted them). */
export const DEV_FS_ALLOW = [path.join(PKG_ROOT, 'src/runtime'), path.join(PKG_ROOT, 'templates/styles'), ...nodeModulesDirs()];
/** The runtime stylesheets, each linked from its source in cascade order (the build bundles the same list). */
const resolveFrom = createRequire(path.join(PKG_ROOT, 'package.json'));
export const DEV_STYLESHEETS = RUNTIME_STYLESHEETS.map((s) =>
  `/@fs${'module' in s ? resolveFrom.resolve(s.module) : path.join(PKG_ROOT, s.file)}`);
