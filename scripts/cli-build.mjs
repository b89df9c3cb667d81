// How the CLI is compiled (esbuild), shared by scripts/podium.mjs (this checkout: compiled on change into
// the cache) and scripts/build-package.mjs (`npm pack`: compiled once into lib/).
import path from 'node:path';

/** Heavy or native dependencies stay external and are imported lazily by the commands that need them;
 *  small pure-JS ones are bundled in (one file to parse instead of hundreds to resolve). */
export const EXTERNAL = ['puppeteer', 'puppeteer-core', '@puppeteer/browsers', 'vite', 'esbuild', 'tsx', 'reveal.js',
  'fsevents', 'sharp', '@resvg/resvg-js', 'mermaid', 'vega', 'vega-lite', 'pptxgenjs', 'katex', 'postcss', 'chokidar',
  'image-size', 'colord', 'markdown-it-attrs', 'jszip', 'pdf-lib'];

export async function compileCli(root, outdir) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: path.join(root, 'src/cli.ts') }, outdir, outExtension: { '.js': '.mjs' },
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', external: EXTERNAL,
    banner: { js: "import { createRequire as __podiumRequire } from 'node:module'; const require = __podiumRequire(import.meta.url);" },
    logLevel: 'silent', chunkNames: 'chunks/[name]-[hash]',
  });
}
