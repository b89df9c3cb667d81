// `podium dev` with several decks: a page listing them (title, slide count, theme, link).
import type { DeckHost } from './deck-host.ts';
import { escapeHtml } from '../util/html.ts';

export function indexPage(hosts: DeckHost[]): string {
  const rows = hosts.map((h) => {
    const s = h.state;
    const title = s.ok ? s.prepared.deck.title : `${h.name} (has errors)`;
    const meta = s.ok ? `${s.prepared.deck.slides.length} slides · theme ${s.prepared.deck.resolvedTheme.name}` : 'open it to see the problems';
    return `<li><a href="/${encodeURIComponent(h.name)}/"><strong>${escapeHtml(title)}</strong></a><span>${escapeHtml(h.name)} · ${escapeHtml(meta)}</span></li>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Podium — decks</title><link rel="icon" href="data:,">
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:760px;margin:64px auto;padding:0 24px;color:#1b1d22}
h1{font-size:28px}ul{list-style:none;padding:0}li{padding:16px 0;border-bottom:1px solid #ddd;display:flex;flex-direction:column}
a{color:#c2391d;text-decoration:none;font-size:20px}span{color:#555;font-size:15px}</style></head>
<body><h1>Decks</h1><ul class="decks">${rows}</ul></body></html>`;
}
