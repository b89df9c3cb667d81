// Dev-server side of the runtime: swaps new slides in place when the deck changes and keeps the
// presenter on the same slide and fragment. Loaded only by `podium dev`.
import type { RevealApi } from 'reveal.js';

interface Update { slides: string; title: string }

const hasDeck = () => document.querySelector('.reveal .slides') !== null;
const deckReady: Promise<RevealApi> | undefined = hasDeck() ? import('./client.ts').then((m) => m.ready) : undefined;

function clearOverlay(): void {
  document.querySelectorAll('vite-error-overlay').forEach((el) => (el as HTMLElement & { close?: () => void }).close?.() ?? el.remove());
}

export async function applyUpdate(update: Update): Promise<void> {
  if (!deckReady) { location.reload(); return; } // the page was an error page: load the deck
  const deck = await deckReady;
  const { h, v, f } = deck.getIndices();
  document.querySelector('.reveal .slides')!.innerHTML = update.slides;
  document.title = update.title;
  deck.sync();
  deck.slide(h, v, f);
  clearOverlay();
  document.dispatchEvent(new CustomEvent('podium:updated'));
}

if (import.meta.hot) {
  import.meta.hot.on('podium:update', (u: Update) => void applyUpdate(u));
}
