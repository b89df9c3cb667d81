// Dev-server side of the runtime: swaps new slides in place when the deck changes and keeps the presenter
// on the same slide and fragment — followed by its id, else by its title, else by its position — so that
// inserting, removing, editing or renaming slides never loses your place. Loaded only by `podium dev`.
import type { RevealApi } from 'reveal.js';
import { watchOverlays } from './overlay-tip.ts';

interface Update { deck: string; slides: string[]; title: string; lang: string; reveal: Record<string, unknown> }
interface Place { id: string; title: string; h: number; f: number | undefined }

const deckName = decodeURIComponent(location.pathname.split('/')[1] ?? '');
const hasDeck = () => document.querySelector('.reveal .slides') !== null;
const deckReady: Promise<RevealApi> | undefined = hasDeck() ? import('./client.ts').then((m) => m.ready) : undefined;
/** The reveal settings the page runs with, as the server sent them: a change is applied with configure(). */
let lastConfig = JSON.stringify((JSON.parse(document.getElementById('podium-config')?.textContent ?? '{}') as { reveal?: unknown }).reveal ?? {});

const titleOf = (s: Element) => (s.querySelector('h1, h2, blockquote')?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function findPlace(slides: Element[], place: Place): number {
  const byId = place.id ? slides.findIndex((s) => s.id === place.id) : -1;
  if (byId >= 0) return byId;
  const byTitle = place.title ? slides.findIndex((s) => titleOf(s) === place.title) : -1;
  if (byTitle >= 0) return byTitle;
  return Math.min(place.h, slides.length - 1);
}

/** The slides' HTML as last received: with the same number of slides, only the changed ones are replaced. */
let lastSlides: string[] = [];

const REVEAL_STATE = ['present', 'past', 'future', 'visible', 'stack'];
const OWN_ATTRIBUTES = ['id', 'data-podium-slide', 'data-line', 'data-background-color', 'data-background-image', 'data-transition'];

/** Brings an existing section up to date in place: reveal keeps its own references (backgrounds, state). */
function morph(section: Element, fresh: Element): void {
  const state = [...section.classList].filter((c) => REVEAL_STATE.includes(c));
  section.className = fresh.className;
  section.classList.add(...state);
  for (const a of OWN_ATTRIBUTES) {
    const v = fresh.getAttribute(a);
    if (v === null) section.removeAttribute(a);
    else section.setAttribute(a, v);
  }
  section.innerHTML = fresh.innerHTML;
}

/** Updates the slides that changed. Returns those sections when the slide count is unchanged (reveal can
 * then sync just them), or undefined after a full replacement. */
function swapSlides(container: Element, slides: string[]): HTMLElement[] | undefined {
  const sections = [...container.children] as HTMLElement[];
  const partial = sections.length === slides.length && lastSlides.length === slides.length;
  const changed: HTMLElement[] = [];
  if (partial) {
    slides.forEach((html, i) => {
      if (html === lastSlides[i]) return;
      const t = document.createElement('template');
      t.innerHTML = html;
      if (t.content.firstElementChild) { morph(sections[i]!, t.content.firstElementChild); changed.push(sections[i]!); }
    });
  } else {
    container.innerHTML = slides.join('\n');
  }
  lastSlides = slides;
  return partial ? changed : undefined;
}

function clearOverlay(): void {
  document.querySelectorAll('vite-error-overlay').forEach((el) => (el as HTMLElement & { close?: () => void }).close?.() ?? el.remove());
}

export async function applyUpdate(update: Update): Promise<void> {
  if (update.deck !== deckName) return;
  if (!deckReady) { location.reload(); return; } // the page was an error page: load the deck
  const deck = await deckReady;
  const current = deck.getCurrentSlide();
  const { h, f } = deck.getIndices();
  const place: Place = { id: current?.id ?? '', title: current ? titleOf(current) : '', h, f };
  const changed = swapSlides(document.querySelector('.reveal .slides')!, update.slides);
  document.title = update.title;
  document.documentElement.lang = update.lang;
  const config = JSON.stringify(update.reveal);
  const configChanged = config !== lastConfig;
  if (configChanged) deck.configure(update.reveal);
  lastConfig = config;
  if (changed && !configChanged) changed.forEach((section) => deck.syncSlide(section)); // O(changed slides)
  else deck.sync();
  const target = findPlace(deck.getSlides(), place);
  deck.slide(target, 0, f);
  // Tell listeners (the speaker view's notes plugin among them) that the slide's content is new.
  deck.dispatchEvent({ type: 'slidechanged', data: { indexh: target, indexv: 0, previousSlide: deck.getCurrentSlide(), currentSlide: deck.getCurrentSlide() } });
  clearOverlay();
  document.dispatchEvent(new CustomEvent('podium:updated'));
}

if (import.meta.hot) {
  import.meta.hot.on('podium:update', (u: Update) => void applyUpdate(u));
  watchOverlays();
}
