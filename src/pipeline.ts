// The pipeline, declared once:
//   load → parse → validate → resolve → media → render → write → export
// Each stage is one module; this file only wires them. The dev server (src/vite/) reuses prepare + render.
import path from 'node:path';
import { CONTENT_CSS, contentAssets } from './build/content-assets.ts';
import { ensureRuntime, RUNTIME_FILES } from './build/runtime.ts';
import { writeSite, type SiteFiles } from './build/write.ts';
import { STAMP_FILE, stampText } from './build/stamp.ts';
import { siteHash } from './build/input-hash.ts';
import { FACTS_FILE, type SiteFacts } from './build/site-facts.ts';
import { markdownText } from './content/plain-text.ts';
import { wantsOg } from './render/og.ts';
import { loadDeck, resolveDeckDir, type DeckSource } from './content/load.ts';
import { checkMath } from './content/math-check.ts';
import { parseYaml, type ParsedYaml } from './util/yaml.ts';
import { checkFiles, type ResolvedDeck } from './content/resolve.ts';
import { checkDeck } from './content/validate.ts';
import { formatProblem, type Problem } from './errors.ts';
import { Problems } from './util/problems.ts';
import { renderDeck, renderSlides, type PageAssets } from './render/render.ts';
import { layoutNames, loadTemplates, type TemplateSet } from './render/templates.ts';
import { cascade } from './render/stylesheets.ts';
import { checkDeckTheme } from './theme/deck-theme.ts';
import { resolveBuiltinTheme, type Theme } from './theme/resolve.ts';
import { siteThemeCss, themeFiles } from './theme/site-css.ts';
import { renderMedia, type MediaOptions } from './media/media.ts';
import type { WithMedia } from './media/types.ts';
import { HANDOUT_THEME, themeNames } from './theme/themes.ts';
import { attachTones } from './media/backgrounds.ts';

export interface Prepared {
  source: DeckSource;
  /** deck.yaml with positions (the media stage places its errors with it) */
  parsed: ParsedYaml;
  deck: ResolvedDeck & { resolvedTheme: Theme } & WithMedia;
  templates: TemplateSet;
  /** the theme of handout pages (src/theme/themes.ts HANDOUT_THEME), resolved when first read (the dev server never does) */
  readonly handoutTheme: Theme;
}

export interface PrepareOptions {
  /** theme warnings (contrast below AA) become errors */
  strict?: boolean;
  /** where warnings go; default: printed on stderr */
  warn?: (p: Problem) => void;
  /** parses deck.yaml (default parseYaml); the dev server's re-parses only the slide an edit touched (src/util/yaml-splice.ts) */
  parse?: (text: string, file: string) => ParsedYaml;
}

const printWarning = (p: Problem) => console.warn(`warning: ${formatProblem(p, Boolean(process.stderr.isTTY))}`);

/** load → parse → validate (+ theme) → resolve. Throws DeckError listing every problem at once. */
export function prepare(deckArg: string | undefined, root = process.cwd(), opts: PrepareOptions = {}): Prepared {
  const source = loadDeck(deckArg, root);
  const parsed = (opts.parse ?? parseYaml)(source.text, source.displayFile);
  // Every stage adds its problems and goes on as far as it can (src/util/problems.ts): one run reports them all.
  const problems = new Problems();
  const templates = problems.attempt(() => loadTemplates(source.dir));
  const deck = checkDeck(parsed, { layouts: templates?.layoutNames ?? layoutNames(source.dir), themes: themeNames() }, problems);
  const theme = checkDeckTheme(parsed, source.dir, problems);
  const resolved = checkFiles(deck, parsed, source.dir, problems);
  problems.attempt(() => checkMath(resolved, parsed)); // TeX errors at the formula's line:col
  if (opts.strict) problems.add(...theme?.warnings ?? []);
  problems.throwIfAny(source.displayFile);
  if (!opts.strict) theme!.warnings.forEach(opts.warn ?? printWarning);
  let handout: Theme | undefined;
  return { source, parsed, templates: templates!, deck: { ...resolved, resolvedTheme: theme! }, get handoutTheme() { return (handout ??= resolveBuiltinTheme(HANDOUT_THEME)); } };
}

/** `prepared` with another deck; the handout theme stays unresolved until read. */
const withDeck = (prepared: Prepared, deck: Prepared['deck']): Prepared =>
  Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(prepared), deck: { value: deck, enumerable: true, writable: true, configurable: true } }) as Prepared;

/** The media stage: diagrams and charts drawn to SVG (src/media/), carried on the deck to render. */
export async function media(prepared: Prepared, opts: MediaOptions = {}): Promise<Prepared> {
  // diagrams and charts drawn; image backgrounds measured for tone and scrim (both cached)
  const [rendered] = await Promise.all([renderMedia(prepared.deck, prepared.parsed, opts), attachTones(prepared.deck)]);
  return withDeck(prepared, { ...prepared.deck, media: rendered });
}

export const STATIC_ASSETS: PageAssets = {
  styles: cascade({ runtime: [`podium/${RUNTIME_FILES.style}`], theme: 'podium/theme.css' }), // src/render/stylesheets.ts
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

/** What printing the site needs to know about the deck (src/build/site-facts.ts). */
export function siteFacts(deck: ResolvedDeck, ogFlag?: boolean): SiteFacts {
  const subject = deck.description ?? deck.subtitle;
  return {
    name: deck.name, slideCount: deck.slides.length, aspect: deck.aspect,
    title: markdownText(deck.title), author: deck.author, subject: subject ? markdownText(subject) : undefined, lang: deck.lang,
    modifierApostrophe: JSON.stringify([deck.title, deck.slides.map((s) => s.data)]).includes('\u02BC'),
    og: wantsOg(deck, ogFlag),
  };
}

export interface BuildResult { outDir: string; prepared: Prepared; slides: string[]; facts: SiteFacts }

/** load → … → render → write: dist/<deck>/ (or `out`) swapped in atomically, stamped with its inputs' hash
 * (src/build/stamp.ts; `stamp`: the one the caller computed) and with what printing it needs (site-facts.ts). */
export async function build(deckArg: string | undefined, opts: { out?: string; root?: string; og?: boolean; stamp?: { kind: string; hash: string } } & PrepareOptions & MediaOptions = {}): Promise<BuildResult> {
  const root = opts.root ?? process.cwd();
  const stamp = opts.stamp ?? { kind: 'build', hash: siteHash(resolveDeckDir(deckArg, root), root, opts) }; // the inputs before they are read
  const [prepared, runtimeDir] = await Promise.all([media(prepare(deckArg, root, opts), opts), ensureRuntime()]);
  if (opts.og) Object.assign(prepared.deck, { ogFlag: true }); // social-card meta (render/og.ts)
  const slides = renderSlides(prepared.deck, prepared.templates);
  const content = await contentAssets([prepared.deck.title, ...slides].join('\n')); // KaTeX, emoji: only if used
  const assets = content ? { ...STATIC_ASSETS, styles: cascade({ runtime: [`podium/${RUNTIME_FILES.style}`], theme: 'podium/theme.css', content: CONTENT_CSS }) } : STATIC_ASSETS;
  const html = renderDeck(prepared.deck, prepared.templates, assets, slides);
  const outDir = opts.out ? path.resolve(root, opts.out) : path.join(root, 'dist', prepared.deck.name);
  const site = siteFiles(prepared, html, runtimeDir);
  if (content) { Object.assign(site.files, content.files); Object.assign(site.copies, content.copies); }
  site.files[STAMP_FILE] = stampText(outDir, stamp.kind, stamp.hash);
  const facts = siteFacts(prepared.deck, opts.og);
  site.files[FACTS_FILE] = `${JSON.stringify(facts)}\n`;
  writeSite(outDir, site);
  return { outDir, prepared, slides, facts };
}
