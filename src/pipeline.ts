// The pipeline, declared once:
//   load → parse → validate → resolve → render → write → export
// Each stage is one module; this file only wires them. The dev server (src/vite/) reuses prepare + render.
import path from 'node:path';
import { ensureRuntime, RUNTIME_FILES } from './build/runtime.ts';
import { writeSite, type SiteFiles } from './build/write.ts';
import { loadDeck, type DeckSource } from './content/load.ts';
import { parseYaml } from './content/parse.ts';
import { resolveDeck, type ResolvedDeck } from './content/resolve.ts';
import { validateDeck } from './content/validate.ts';
import { renderDeck, renderSlides, type PageAssets } from './render/render.ts';
import { loadTemplates, type TemplateSet } from './render/templates.ts';
import { themeCssPath, themeNames } from './theme/themes.ts';

export interface Prepared {
  source: DeckSource;
  deck: ResolvedDeck;
  templates: TemplateSet;
}

/** load → parse → validate → resolve. Throws DeckError listing every problem. */
export function prepare(deckArg: string | undefined, root = process.cwd()): Prepared {
  const source = loadDeck(deckArg, root);
  const parsed = parseYaml(source.text, source.displayFile);
  const templates = loadTemplates(source.dir);
  const deck = validateDeck(parsed, { layouts: templates.layoutNames, themes: themeNames() });
  return { source, templates, deck: resolveDeck(deck, parsed, source.dir) };
}

export const STATIC_ASSETS: PageAssets = {
  styles: [`podium/${RUNTIME_FILES.style}`, 'podium/theme.css'],
  scripts: [`podium/${RUNTIME_FILES.script}`],
  modules: [],
};

/** The files of a static site: index.html, the cached runtime, the theme, the deck's own assets. */
export function siteFiles({ deck }: Prepared, html: string, runtimeDir: string): SiteFiles {
  const copies: Record<string, string> = {
    [`podium/${RUNTIME_FILES.script}`]: path.join(runtimeDir, RUNTIME_FILES.script),
    [`podium/${RUNTIME_FILES.style}`]: path.join(runtimeDir, RUNTIME_FILES.style),
    'podium/theme.css': themeCssPath(deck.theme),
  };
  for (const asset of deck.assets) copies[asset] = path.join(deck.dir, asset);
  return { files: { 'index.html': html }, copies };
}

export interface BuildResult { outDir: string; prepared: Prepared; slides: string[] }

/** load → … → render → write: dist/<deck>/ (or `out`) swapped in atomically. */
export async function build(deckArg: string | undefined, opts: { out?: string; root?: string } = {}): Promise<BuildResult> {
  const root = opts.root ?? process.cwd();
  const prepared = prepare(deckArg, root);
  const runtimeDir = await ensureRuntime();
  const slides = renderSlides(prepared.deck, prepared.templates);
  const html = renderDeck(prepared.deck, prepared.templates, STATIC_ASSETS, slides);
  const outDir = opts.out ? path.resolve(root, opts.out) : path.join(root, 'dist', prepared.deck.name);
  writeSite(outDir, siteFiles(prepared, html, runtimeDir));
  return { outDir, prepared, slides };
}
