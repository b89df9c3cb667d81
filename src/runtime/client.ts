// The in-page runtime: reveal.js + the notes plugin. Built once into an IIFE for static sites (entry
// src/runtime/static.ts, which adds the stylesheets; see vite.config.ts and src/build/runtime.ts) and served
// as ES modules in dev. Its CSS is linked by the page in the order of src/render/stylesheets.ts. Fonts are
// the theme's: podium/theme.css declares only the faces its theme uses (src/theme/fonts.ts).
import Reveal, { type RevealApi } from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { markOutline, printConfig, selectSlides } from './print.ts';
import { finishPrintPages } from './print-pages.ts';
import { layoutPrintPages } from './print-layout.ts';
import { patchSlides } from './print-patch.ts';

interface PodiumConfig { reveal: Record<string, unknown>; deck: string }

export function readConfig(): PodiumConfig {
  const el = document.getElementById('podium-config');
  return JSON.parse(el?.textContent ?? '{}') as PodiumConfig;
}

/** The export's print pages (`?print-pdf&podium-print`), laid out by Podium without starting reveal. */
function printPages(config: PodiumConfig, params: URLSearchParams): void {
  const reveal = document.querySelector<HTMLElement>('.reveal')!;
  const deferred = params.has('podium-defer');
  layoutPrintPages(reveal, { width: Number(config.reveal.width), height: Number(config.reveal.height), slideNumber: Boolean(config.reveal.slideNumber),
    fragments: params.has('podium-fragments'), notes: params.has('podium-notes'), deferred });
  document.documentElement.dataset.podiumReady = 'true';
  // no font is preloaded for the hidden pages: the PDF still embeds every face reveal's print view does
  // (compared in tests/browser/print-layout.test.ts; page.pdf waits for document.fonts.ready)
  finishWhenFontsReady();
}

/** Podium's touches to the laid-out print pages, then the flag the export waits for. */
function finishWhenFontsReady(): void {
  void document.fonts.ready.then(() => { // notes are measured in their own fonts
    finishPrintPages(document.querySelector('.reveal .slides')!);
    document.documentElement.dataset.podiumPdfReady = 'true';
  });
}

/** The deck, started; undefined when the page shows Podium's print pages, where reveal is not started. */
export function start(): Promise<RevealApi | undefined> {
  const config = readConfig();
  const params = new URLSearchParams(location.search);
  const print = printConfig(params);
  if (print) {
    selectSlides(document.querySelector('.reveal .slides')!, params.get('podium-range'));
    markOutline(document.querySelector('.reveal .slides')!);
    (window as unknown as { podiumPrint: object }).podiumPrint = { patchSlides }; // src/export/print-view.ts
  }
  if (print && params.has('podium-print')) {
    printPages(config, params);
    return Promise.resolve(undefined);
  }
  const deck = new Reveal(document.querySelector<HTMLElement>('.reveal')!, { ...config.reveal, ...print, plugins: [Notes] });
  (window as unknown as { Reveal: RevealApi }).Reveal = deck;
  if (print) deck.on('pdf-ready', finishWhenFontsReady);
  return deck.initialize().then(() => {
    document.documentElement.dataset.podiumReady = 'true';
    return deck;
  });
}

export const ready = start();
