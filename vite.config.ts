// Builds the shared in-page runtime (src/runtime/client.ts: reveal.js, notes plugin, fonts, layout CSS)
// into one classic script + one stylesheet. Classic (IIFE), not an ES module: module scripts do not run
// from file://, and a built deck must open by double-click. src/build/runtime.ts runs this once per
// content hash and caches the result; deck builds only copy it.
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    lib: { entry: 'src/runtime/client.ts', name: 'Podium', formats: ['iife'], fileName: () => 'podium.js', cssFileName: 'podium' },
    outDir: process.env.PODIUM_RUNTIME_OUT ?? 'node_modules/.cache/podium/runtime-dev',
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
  },
});
