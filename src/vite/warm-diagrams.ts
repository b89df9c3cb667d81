// The dev server's diagrams: one Chromium (from src/browser/browser.ts) and one mermaid page, launched the
// first time a deck needs a diagram drawn and kept warm, so an edit to a diagram redraws in about a
// second instead of paying for a browser launch each time. Closed with the server.
import { warmBrowser } from '../browser/browser.ts';
import { MermaidSession } from '../media/mermaid.ts';

export interface WarmDiagrams { session: MermaidSession; close(): Promise<void> }

export function warmDiagrams(): WarmDiagrams {
  const browser = warmBrowser(); // no Chromium: the error shows in the overlay; tried again on the next edit
  const session = new MermaidSession(() => browser.get());
  return {
    session,
    async close() {
      await session.close();
      await browser.close();
    },
  };
}
