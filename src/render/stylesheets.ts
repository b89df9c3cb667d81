// The stylesheet cascade of a deck page, defined once. Later sheets win ties of equal specificity, so a
// theme's rule (tokens → CSS, then each layer's theme.css) beats a layout rule it restates, and a
// deck's own theme.css beats both:
//   1. reveal.js's stylesheet   2. Podium's layouts (+ diagrams and charts)   3. the deck's theme (podium/theme.css)
//   and, between 2 and 3, the content's own sheet when it needs one (podium/content.css: KaTeX, the emoji
//   font), so the theme stays last and wins every tie
// The static build bundles the runtime sheets (1–2) into podium/podium.css in this order (vite.config.ts
// imports RUNTIME_STYLESHEETS) and links the theme after it; the dev server links each sheet itself, in
// the same order, so dev and build show the same pixels. No imports: vite.config.ts loads this file too.

/** The runtime's stylesheets, in cascade order: a package export, or a path inside Podium's package. */
export const RUNTIME_STYLESHEETS = [
  { name: 'reveal', module: 'reveal.js/reveal.css' },
  { name: 'layouts', file: 'templates/styles/layouts.css' },
  { name: 'media', file: 'templates/styles/media.css' },
  { name: 'visual', file: 'templates/styles/visual.css' },
] as const;

export type RuntimeStylesheet = (typeof RUNTIME_STYLESHEETS)[number];

/** How a page reaches each sheet: the runtime sheets (or their bundle), then the theme. */
export interface CascadeUrls {
  /** the URLs of the runtime sheets, in RUNTIME_STYLESHEETS order (one URL when they are bundled) */
  runtime: string[];
  theme: string;
  /** the content's sheet (KaTeX, emoji), only for a deck whose text uses them */
  content?: string;
}

/** The <link rel="stylesheet"> hrefs of a page, in cascade order. */
export function cascade(urls: CascadeUrls): string[] {
  return [...urls.runtime, ...(urls.content ? [urls.content] : []), urls.theme];
}
