// The dev server's diagrams: one Chromium (from src/browser/browser.ts) and one mermaid page, launched the
// first time a deck needs a diagram drawn and kept warm, so an edit to a diagram redraws in about a
// second instead of paying for a browser launch each time. Closed with the server.
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../browser/browser.ts';
import { MermaidSession } from '../media/mermaid.ts';

export interface WarmDiagrams { session: MermaidSession; close(): Promise<void> }

export function warmDiagrams(): WarmDiagrams {
  let browser: Promise<Browser> | undefined;
  let closed = false;
  const launch = (): Promise<Browser> => {
    if (closed) return Promise.reject(new Error('the dev server is closing'));
    browser ??= launchBrowser().then((b) => {
      b.once('disconnected', () => { browser = undefined; }); // crashed or killed: launch afresh next time
      return b;
    });
    browser.catch(() => { browser = undefined; }); // no Chromium: the error shows in the overlay; try again on the next edit
    return browser;
  };
  const session = new MermaidSession(launch);
  return {
    session,
    async close() {
      closed = true;
      await session.close();
      const b = await browser?.catch(() => undefined);
      await b?.close().catch(() => undefined);
    },
  };
}
