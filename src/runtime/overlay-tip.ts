// Vite's error overlay ends with a tip about `server.hmr.overlay` in vite.config.js — a file a Podium user
// does not have. Replace that line, on every overlay (the error page's and those Vite opens on an update),
// with what a Podium user does: fix the file and save; the deck comes back by itself.
const OVERLAY = 'vite-error-overlay';
export const PODIUM_TIP = 'Fix the file named above and save: the deck updates by itself. Esc or a click outside hides this.';

function retip(el: Element): void {
  const tip = el.shadowRoot?.querySelector('.tip');
  if (tip && tip.textContent !== PODIUM_TIP) tip.textContent = PODIUM_TIP;
}

export function watchOverlays(root: Node = document.body): void {
  document.querySelectorAll(OVERLAY).forEach(retip);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.localName === OVERLAY) retip(n);
  }).observe(root, { childList: true });
}
