// Builds the shared in-page runtime (src/runtime/static.ts: reveal.js, notes plugin, the runtime stylesheets)
// into one classic script + one stylesheet. Classic (IIFE), not an ES module: module scripts do not run
// from file://, and a built deck must open by double-click. src/build/runtime.ts runs this once per
// content hash and caches the result; deck builds only copy it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { RUNTIME_STYLESHEETS } from './src/render/stylesheets.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `virtual:podium-stylesheets`: the runtime stylesheets, imported in cascade order (one list, src/render/stylesheets.ts). */
function stylesheets(): Plugin {
  const id = 'virtual:podium-stylesheets';
  return {
    name: 'podium:stylesheets',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? RUNTIME_STYLESHEETS.map((s) =>
      `import ${JSON.stringify('module' in s ? s.module : path.join(here, s.file))};`).join('\n') : undefined),
  };
}

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  plugins: [stylesheets()],
  build: {
    lib: { entry: 'src/runtime/static.ts', name: 'Podium', formats: ['iife'], fileName: () => 'podium.js', cssFileName: 'podium' },
    outDir: process.env.PODIUM_RUNTIME_OUT ?? 'node_modules/.cache/podium/runtime-dev',
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
  },
});
