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
import { DeckError, formatProblem, isDeckError, type Problem } from './errors.ts';
import { renderDeck, renderSlides, type PageAssets } from './render/render.ts';
import { loadTemplates, type TemplateSet } from './render/templates.ts';
import { resolveBuiltinTheme, resolveDeckTheme, siteThemeCss, themeFiles, type Theme } from './theme/resolve.ts';
import { HANDOUT_THEME, themeNames } from './theme/themes.ts';

export interface Prepared {
  source: DeckSource;
  deck: ResolvedDeck & { resolvedTheme: Theme };
  templates: TemplateSet;
  /** the theme of handout pages (src/theme/themes.ts HANDOUT_THEME) */
  handoutTheme: Theme;
}

export interface PrepareOptions {
  /** theme warnings (contrast below AA) become errors */
  strict?: boolean;
  /** where warnings go; default: printed on stderr */
  warn?: (p: Problem) => void;
}

const printWarning = (p: Problem) => console.warn(`warning: ${formatProblem(p, Boolean(process.stderr.isTTY))}`);

/** load → parse → validate (+ theme) → resolve. Throws DeckError listing every problem at once. */
export function prepare(deckArg: string | undefined, root = process.cwd(), opts: PrepareOptions = {}): Prepared {
  const source = loadDeck(deckArg, root);
  const parsed = parseYaml(source.text, source.displayFile);
  const templates = loadTemplates(source.dir);
  const problems: Problem[] = [];
  const attempt = <T>(step: () => T): T | undefined => {
    try { return step(); } catch (e) { if (!isDeckError(e)) throw e; problems.push(...e.problems); return undefined; }
  };
  const deck = attempt(() => validateDeck(parsed, { layouts: templates.layoutNames, themes: themeNames() }));
  const theme = attempt(() => resolveDeckTheme(parsed, source.dir));
  const resolved = deck && attempt(() => resolveDeck(deck, parsed, source.dir));
  if (opts.strict) problems.push(...theme?.warnings ?? []);
  if (problems.length || !resolved || !theme) throw new DeckError(byPosition(problems, source.displayFile));
  if (!opts.strict) theme.warnings.forEach(opts.warn ?? printWarning);
  return { source, templates, deck: { ...resolved, resolvedTheme: theme }, handoutTheme: resolveBuiltinTheme(HANDOUT_THEME) };
}

/** deck.yaml's problems in line order, then those of other files (theme files) as found. */
function byPosition(problems: Problem[], deckFile: string): Problem[] {
  const key = (p: Problem) => (p.file === deckFile ? p.line ?? 0 : Infinity);
  return [...problems].sort((a, b) => key(a) - key(b));
}

export const STATIC_ASSETS: PageAssets = {
  styles: [`podium/${RUNTIME_FILES.style}`, 'podium/theme.css'],
  scripts: [`podium/${RUNTIME_FILES.script}`],
  modules: [],
};

/** The files of a static site: index.html, the cached runtime, the theme, the deck's own assets. */
export function siteFiles({ deck, handoutTheme }: Prepared, html: string, runtimeDir: string): SiteFiles {
  const copies: Record<string, string> = {
    [`podium/${RUNTIME_FILES.script}`]: path.join(runtimeDir, RUNTIME_FILES.script),
    [`podium/${RUNTIME_FILES.style}`]: path.join(runtimeDir, RUNTIME_FILES.style),
    ...themeFiles(deck.resolvedTheme, handoutTheme), // the fonts it uses, its logo
  };
  for (const asset of deck.assets) copies[asset] = path.join(deck.dir, asset);
  const css = siteThemeCss(deck.resolvedTheme, { handout: handoutTheme });
  return { files: { 'index.html': html, 'podium/theme.css': css }, copies };
}

export interface BuildResult { outDir: string; prepared: Prepared; slides: string[] }

/** load → … → render → write: dist/<deck>/ (or `out`) swapped in atomically. */
export async function build(deckArg: string | undefined, opts: { out?: string; root?: string; og?: boolean } & PrepareOptions = {}): Promise<BuildResult> {
  const root = opts.root ?? process.cwd();
  const prepared = prepare(deckArg, root, opts);
  if (opts.og) Object.assign(prepared.deck, { ogFlag: true }); // social-card meta (render/og.ts)
  const runtimeDir = await ensureRuntime();
  const slides = renderSlides(prepared.deck, prepared.templates);
  const html = renderDeck(prepared.deck, prepared.templates, STATIC_ASSETS, slides);
  const outDir = opts.out ? path.resolve(root, opts.out) : path.join(root, 'dist', prepared.deck.name);
  writeSite(outDir, siteFiles(prepared, html, runtimeDir));
  return { outDir, prepared, slides };
}
