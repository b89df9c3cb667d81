// Synthetic decks for the benchmark: mixed layouts (title, bullets with fragments, code, two-column,
// image, cards, timeline, section), speaker notes on every slide, one shared image.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450"><rect width="800" height="450" rx="24" fill="#1d2330"/><circle cx="400" cy="225" r="120" fill="#f05a3a"/></svg>`;
const notes = (i: number) => `"Speaker notes for slide ${i}, explain the point, give one example, and hand over to the next slide with a short transition sentence that the audience can follow."`;

function slide(i: number, kind: 'mixed' | 'text'): string {
  const n = notes(i);
  const k = kind === 'text' ? 1 : i % 8;
  switch (k) {
    case 0: return `  - layout: section\n    id: s${i}\n    kicker: Part ${i}\n    title: Section ${i}\n    notes: ${n}\n`;
    case 2: return `  - layout: code\n    id: s${i}\n    title: Code ${i}\n    lang: python\n    highlight: "2"\n    code: |\n      def step(model, batch):\n          loss = model(batch).mean()\n          loss.backward()\n          return loss.item()\n    notes: ${n}\n`;
    case 3: return `  - layout: two-column\n    id: s${i}\n    title: Compare ${i}\n    left: |\n      - Left point one\n      - Left point two\n    right: |\n      - Right point one\n      - Right point two\n    notes: ${n}\n`;
    case 4: return `  - layout: image\n    id: s${i}\n    title: Figure ${i}\n    src: ./figure.svg\n    alt: A circle on a dark card\n    caption: Figure ${i}\n    notes: ${n}\n`;
    case 5: return `  - layout: cards\n    id: s${i}\n    title: Cards ${i}\n    cards:\n      - { title: One, text: First card text }\n      - { title: Two, text: Second card text }\n      - { title: Three, text: Third card text }\n    notes: ${n}\n`;
    case 6: return `  - layout: timeline\n    id: s${i}\n    title: Timeline ${i}\n    events:\n      - { when: 2016, label: Start, text: The beginning }\n      - { when: 2020, label: Growth, text: Many users }\n      - { when: 2026, label: Today, text: Stable }\n    notes: ${n}\n`;
    default: return `  - layout: bullets\n    id: s${i}\n    title: Point ${i}\n    fragments: ${kind === 'mixed'}\n    items:\n      - The first thing to know about topic ${i}\n      - A second, **important** detail\n      - A third line with \`code\`\n    notes: ${n}\n`;
  }
}

/** Writes <dir>/slides/<name>/deck.yaml with `count` slides; returns the deck folder. */
export function writeSyntheticDeck(dir: string, name: string, count: number, kind: 'mixed' | 'text' = 'mixed'): string {
  const deckDir = path.join(dir, 'slides', name);
  mkdirSync(deckDir, { recursive: true });
  const slides = [`  - layout: title\n    id: s1\n    title: Benchmark deck\n    subtitle: ${count} slides\n    notes: ${notes(1)}\n`];
  for (let i = 2; i <= count; i++) slides.push(slide(i, kind));
  writeFileSync(path.join(deckDir, 'deck.yaml'), `title: Benchmark ${count}\nauthor: Podium bench\nslides:\n${slides.join('')}`);
  writeFileSync(path.join(deckDir, 'figure.svg'), IMAGE);
  return deckDir;
}
