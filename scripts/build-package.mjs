// `npm pack` / `npm publish` (prepack): compile what an installed Podium runs into lib/ — the CLI
// (lib/podium.mjs → lib/cli.mjs + chunks) and the in-page runtime (lib/runtime/podium.{js,css}) — so
// nothing compiles on a user's machine at first run. lib/ is not committed (see .gitignore).
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCli } from './cli-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'lib');
const t = performance.now();
rmSync(lib, { recursive: true, force: true });
mkdirSync(lib, { recursive: true });

await compileCli(root, lib);
const bin = path.join(lib, 'podium.mjs');
writeFileSync(bin, "#!/usr/bin/env node\n// The `podium` command of the installed package (compiled by scripts/build-package.mjs).\nimport { main } from './cli.mjs';\nawait main();\n");
chmodSync(bin, 0o755);

const { build } = await import('vite');
await build({ configFile: path.join(root, 'vite.config.ts'), root, logLevel: 'error',
  build: { outDir: path.join(lib, 'runtime'), emptyOutDir: true } });

console.error(`podium: compiled lib/ (CLI + runtime) in ${Math.round(performance.now() - t)} ms`);
