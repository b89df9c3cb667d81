// `podium themes [deck]`: dist/themes/index.html shows the deck's first slides in every theme, one row per
// theme, so a theme can be chosen by looking; `--png` adds a contact sheet (themes.png) shot by Chromium.
// The page is static: the deck's slide HTML, scaled like the handout's thumbnails, each row carrying its
// theme's custom properties. Opens from file://, nothing fetched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { ensureRuntime, RUNTIME_FILES } from '../build/runtime.ts';
import { writeSite } from '../build/write.ts';
import { createMarkdown } from '../content/markdown.ts';
import { DeckError, usage } from '../errors.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { prepare, type PrepareOptions } from '../pipeline.ts';
import { registerHelpers } from '../render/helpers.ts';
import { renderSlides, SLIDE_SIZE } from '../render/render.ts';
import { formatRatio } from '../theme/contrast.ts';
import { scopedCss, themeRules, themeVars, varsBlock } from '../theme/css.ts';
import { fontFaceCss, fontSitePath, type FontFace } from '../theme/fonts.ts';
import { resolveBuiltinTheme, type Theme } from '../theme/resolve.ts';
import { DEFAULT_THEME, projectThemeNames, themeNames } from '../theme/themes.ts';

export interface GalleryOptions extends PrepareOptions { out?: string; root?: string; slides?: number; png?: boolean }
export interface GalleryResult { outDir: string; file: string; themes: string[]; png?: string }

/** Width of one thumbnail in CSS px. */
const THUMB_W = 600;

interface Row { key: string; label: string; use: string; theme: Theme; slides: string[] }

/** The gallery page: pure, rows in, HTML out. */
export function renderGallery(rows: Row[], page: { title: string; deck: string; lang: string; aspect: keyof typeof SLIDE_SIZE; chrome: Theme }): string {
  const size = SLIDE_SIZE[page.aspect];
  const scale = THUMB_W / size.width;
  const faces = new Map<string, FontFace>();
  for (const t of [page.chrome, ...rows.map((r) => r.theme)]) for (const f of t.faces) faces.set(f.file, f);
  const site = (s: string) => s;
  const css = [
    fontFaceCss([...faces.values()], (f) => fontSitePath(f)),
    `/* the page itself: the ${page.chrome.name} theme */`,
    varsBlock(':root', themeVars(page.chrome.tokens, page.chrome.stacks)),
    `body.podium-gallery { margin: 0; padding: 48px 56px; background: var(--podium-bg); color: var(--podium-text); font: 18px/1.45 var(--podium-font-body); }
.gallery-header h1 { font: 700 40px/1.15 var(--podium-font-heading); margin: 0 0 10px; }
.gallery-header p { color: var(--podium-muted); margin: 0 0 40px; max-width: 1200px; }
.podium-gallery code { font-family: var(--podium-font-mono); font-size: 0.85em; background: var(--podium-surface); padding: 2px 6px; border-radius: 4px; }
.gallery-theme { margin: 0 0 52px; }
.gallery-label { display: flex; align-items: baseline; flex-wrap: wrap; gap: 6px 18px; margin-bottom: 16px; }
.gallery-label h2 { font: 700 30px/1.1 var(--podium-font-heading); margin: 0; }
.gallery-description { margin: 0; color: var(--podium-muted); }
.gallery-contrast { flex-basis: 100%; margin: 0; font-size: 14px; color: var(--podium-muted); }
.gallery-contrast span + span::before { content: ' · '; }
.gallery-contrast.is-low { color: var(--podium-accent-2); font-weight: 600; }
.gallery-slides { display: flex; gap: 24px; }
.gallery-slides .thumb-box { flex: none; width: ${THUMB_W}px; height: ${Math.round(size.height * scale)}px; position: relative; overflow: clip; contain: strict; border-radius: 6px; box-shadow: 0 0 0 1px var(--podium-surface-border), 0 4px 14px rgb(0 0 0 / 0.12); }
.gallery-slides .reveal.thumb { position: absolute; left: 0; top: 0; width: ${size.width}px; height: ${size.height}px; transform: scale(${scale}); transform-origin: 0 0; overflow: hidden; background: var(--podium-bg); }
.thumb-slides > section { display: block !important; position: relative !important; width: ${size.width}px; height: ${size.height}px; }
.thumb .fragment { opacity: 1 !important; visibility: inherit !important; transform: none !important; }
.thumb aside.notes { display: none; }`,
    ...rows.flatMap((r) => {
      const scope = `.gallery-theme[data-theme="${r.key}"]`;
      return [`/* ${r.label} */`, varsBlock(`${scope} .reveal`, themeVars(r.theme.tokens, r.theme.stacks)),
        themeRules(r.theme.tokens, r.theme.logo, scope), ...r.theme.extraCss.map((c) => scopedCss(c(site), scope))];
    }),
  ].filter(Boolean).join('\n');

  const env = Handlebars.create();
  registerHelpers(env);
  const template = env.compile(readFileSync(path.join(TEMPLATES_DIR, 'gallery.hbs'), 'utf8'), { strict: false });
  const pairs = [['text', 'background', 'text'], ['muted', 'background', 'muted'], ['accent', 'background', 'accent'], ['text', 'code-background', 'code']] as const;
  return template({
    title: page.title, deck: page.deck, lang: page.lang, css, count: Math.max(...rows.map((r) => r.slides.length)),
    themes: rows.map((r) => {
      const failing = r.theme.contrast.filter((c) => !c.ok);
      return {
        key: r.key, label: r.label, use: r.use, description: r.theme.description, ok: failing.length === 0,
        failing: failing.map((c) => `${c.fg} on ${c.bg}`).join(', '),
        contrast: pairs.map(([fg, bg, name]) => ({ name, ratio: formatRatio(r.theme.contrast.find((c) => c.fg === fg && c.bg === bg)!.ratio) })),
        slides: r.slides,
      };
    }),
  }, { data: { md: createMarkdown({ allowHtml: false }) } });
}

/** Build dist/themes/ (or `out`) for a deck; with `png`, shoot themes.png in Chromium. */
export async function buildGallery(deckArg: string | undefined, o: GalleryOptions = {}): Promise<GalleryResult> {
  const root = o.root ?? process.cwd();
  const count = o.slides ?? 3;
  if (!Number.isInteger(count) || count < 1) usage(`--slides must be a whole number of slides, got "${o.slides}"`);
  const prepared = prepare(deckArg, root, o);
  const { deck } = prepared;
  const own = deck.resolvedTheme;
  const own_ = new Set(projectThemeNames(root));
  const names = themeNames().sort((a, b) => Number(b === DEFAULT_THEME) - Number(a === DEFAULT_THEME) || a.localeCompare(b));
  const rows: Row[] = [];
  if (own.custom) rows.push({ key: 'this-deck', label: `this deck: ${own.name}`, use: 'the theme in deck.yaml / theme/', theme: own, slides: [] });
  for (const name of names) {
    const theme = name === own.name && !own.custom ? own : resolveBuiltinTheme(name, { assetDir: `podium/themes/${name}` });
    const where = own_.has(name) ? ` (./themes/${name})` : '';
    rows.push({ key: name, label: `${name}${where}${name === own.name && !own.custom ? " (this deck's theme)" : ''}`, use: `theme: ${name}`, theme, slides: [] });
  }
  for (const row of rows) row.slides = renderSlides({ ...deck, resolvedTheme: row.theme }, prepared.templates).slice(0, count);

  const html = renderGallery(rows, { title: deck.title, deck: deck.name, lang: deck.lang, aspect: deck.aspect, chrome: prepared.handoutTheme });
  const runtimeDir = await ensureRuntime();
  const copies: Record<string, string> = { [`podium/${RUNTIME_FILES.style}`]: path.join(runtimeDir, RUNTIME_FILES.style) };
  for (const t of [prepared.handoutTheme, ...rows.map((r) => r.theme)]) Object.assign(copies, t.files);
  for (const asset of deck.assets) copies[asset] = path.join(deck.dir, asset);
  const outDir = o.out ? path.resolve(root, o.out) : path.join(root, 'dist', 'themes');
  writeSite(outDir, { files: { 'index.html': html }, copies });
  const file = path.join(outDir, 'index.html');
  const png = o.png ? await contactSheet(file, path.join(outDir, 'themes.png')) : undefined;
  return { outDir, file, themes: rows.map((r) => r.key), png };
}

/** A full-page screenshot of the gallery. */
async function contactSheet(page: string, file: string): Promise<string> {
  const { withBrowser, withPage } = await import('../browser/browser.ts');
  const { writeFileAtomic } = await import('../build/write.ts');
  const png = await withBrowser((browser) => withPage(browser, async (p) => {
    await p.setViewport({ width: 2 * 56 + 3 * THUMB_W + 2 * 24, height: 900, deviceScaleFactor: 1 });
    await p.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await p.evaluate(() => Promise.all([document.fonts.ready, ...[...document.images].map((i) => i.decode().catch(() => undefined))]));
    return p.screenshot({ fullPage: true, type: 'png' });
  }));
  writeFileAtomic(file, png);
  return file;
}

export interface ThemesFlags { out?: string; slides?: string; png?: boolean }

/** `podium themes [deck]`: the gallery, and where it was written. */
export async function themesCommand(deck: string | undefined, o: ThemesFlags): Promise<void> {
  const { rel } = await import('./targets.ts');
  const r = await buildGallery(deck, { out: o.out, slides: o.slides === undefined ? undefined : Number(o.slides), png: o.png });
  console.log(`${r.themes.length} themes → ${rel(r.file)}${r.png ? ` and ${rel(r.png)}` : ''}`);
}
