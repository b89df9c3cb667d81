// Dev-server side of the runtime: swaps new slides in place when the deck changes and keeps the presenter
// on the same slide and fragment — followed by its id, else by its title, else by its position — so that
// inserting, removing, editing or renaming slides never loses your place. Loaded only by `podium dev`.
import type { RevealApi } from 'reveal.js';
import { watchOverlays } from './overlay-tip.ts';

/** What the server sends (src/vite/slide-diff.ts, src/vite/deck-host.ts): the slides that changed since `base`, or all of them. */
type Patch = { i: number; html: string } | { i: number; open: string };
interface Update { deck: string; version: number; base?: number; count: number; slides: Patch[]; title: string; lang: string; reveal: Record<string, unknown> }
interface Place { id: string; title: string; h: number; f: number | undefined }

const deckName = decodeURIComponent(location.pathname.split('/')[1] ?? '');
const hasDeck = () => document.querySelector('.reveal .slides') !== null;
const deckReady: Promise<RevealApi | undefined> | undefined = hasDeck() ? import('./client.ts').then((m) => m.ready) : undefined;
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

/** The version of the slides this page shows: an update applies on top of it, else the page asks for all of them. */
let version = Number(document.querySelector('meta[name="podium-version"]')?.getAttribute('content') ?? Number.NaN);

const REVEAL_STATE = ['present', 'past', 'future', 'visible', 'stack'];
const OWN_ATTRIBUTES = ['id', 'data-podium-slide', 'data-line', 'data-background-color', 'data-background-image', 'data-transition'];
const BACKGROUND = /^data-background/;

/** Brings an existing section up to date in place: reveal keeps its own references (backgrounds, state).
 * Returns whether its background changed (reveal then redraws it). */
function morph(section: Element, fresh: Element, inner: boolean): boolean {
  const state = [...section.classList].filter((c) => REVEAL_STATE.includes(c));
  section.className = fresh.className;
  section.classList.add(...state);
  let background = false;
  for (const a of OWN_ATTRIBUTES) {
    const v = fresh.getAttribute(a);
    if (v === section.getAttribute(a)) continue;
    background ||= BACKGROUND.test(a);
    if (v === null) section.removeAttribute(a);
    else section.setAttribute(a, v);
  }
  if (inner) section.innerHTML = fresh.innerHTML;
  return background;
}

/** Applies the patches; returns the sections whose content changed and those whose background did. */
function patchSlides(sections: HTMLElement[], patches: Patch[]) {
  const content: HTMLElement[] = [];
  const backgrounds: HTMLElement[] = [];
  for (const p of patches) {
    const section = sections[p.i];
    const t = document.createElement('template');
    t.innerHTML = 'html' in p ? p.html : `${p.open}</section>`;
    const fresh = t.content.firstElementChild;
    if (!section || !fresh) continue;
    if (morph(section, fresh, 'html' in p)) backgrounds.push(section);
    if ('html' in p) content.push(section);
  }
  return { content, backgrounds };
}

function clearOverlay(): void {
  document.querySelectorAll('vite-error-overlay').forEach((el) => (el as HTMLElement & { close?: () => void }).close?.() ?? el.remove());
}

export async function applyUpdate(update: Update): Promise<void> {
  if (update.deck !== deckName) return;
  if (!deckReady) { location.reload(); return; } // the page was an error page: load the deck
  const deck = await deckReady;
  if (!deck) return; // Podium's print pages (?podium-print): no live deck to update
  const container = document.querySelector('.reveal .slides')!;
  const sections = [...container.children] as HTMLElement[];
  if (update.base !== undefined && (update.base !== version || sections.length !== update.count)) {
    import.meta.hot?.send('podium:resync', { deck: deckName }); // this page missed an update: get every slide
    return;
  }
  version = update.version;
  const current = deck.getCurrentSlide();
  const { h, f } = deck.getIndices();
  const place: Place = { id: current?.id ?? '', title: current ? titleOf(current) : '', h, f };
  document.title = update.title;
  document.documentElement.lang = update.lang;
  const config = JSON.stringify(update.reveal);
  const configChanged = config !== lastConfig;
  lastConfig = config;
  if (update.base === undefined || configChanged) {
    if (update.base === undefined) container.innerHTML = update.slides.map((p) => ('html' in p ? p.html : '')).join('\n');
    else patchSlides(sections, update.slides);
    if (configChanged) deck.configure(update.reveal);
    deck.sync();
    const target = findPlace(deck.getSlides(), place);
    deck.slide(target, 0, f);
    announce(deck);
  } else {
    // Only some slides changed, and reveal's work stays proportional to them (slide() and sync() visit every slide).
    const { content, backgrounds } = patchSlides(sections, update.slides);
    // syncSlide() redraws the background and the in-page notes, then restyles every background (O(slides)).
    const full = (s: HTMLElement) => backgrounds.includes(s) || (s === current && Boolean(deck.getConfig().showNotes));
    for (const s of content) if (!full(s)) deck.syncFragments(s);
    for (const s of new Set([...backgrounds, ...content.filter(full)])) deck.syncSlide(s);
    const target = findPlace(deck.getSlides(), place);
    if (target !== h) deck.slide(target, 0, f);
    else if (current && content.includes(current)) deck.navigateFragment(f ?? -1); // its fragments are new elements
    if (target !== h || (current && content.includes(current))) announce(deck);
  }
  clearOverlay();
  document.dispatchEvent(new CustomEvent('podium:updated'));
}

/** Tell listeners (the speaker view's notes plugin among them) that the slide's content is new. */
function announce(deck: RevealApi): void {
  const { h } = deck.getIndices();
  deck.dispatchEvent({ type: 'slidechanged', data: { indexh: h, indexv: 0, previousSlide: deck.getCurrentSlide(), currentSlide: deck.getCurrentSlide() } });
}

if (import.meta.hot) {
  import.meta.hot.on('podium:update', (u: Update) => void applyUpdate(u));
  watchOverlays();
}
