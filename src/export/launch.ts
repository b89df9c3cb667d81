// Chromium takes about a second to start — the longest single step of a small export — so an export
// launches it before anything else: bad flags are refused first (a usage error starts no browser), then
// puppeteer is loaded and Chromium spawned, and only then does the CLI load the build pipeline and build
// the site, on the other core, while Chromium boots.
import type { Browser } from 'puppeteer';
import { keepSparePage, launchBrowser } from '../browser/browser.ts';
import { handoutOptions, pngOptions, printOptions, type ExportFlags } from './options.ts';

export interface ExportAsked { pdf: boolean; handout: boolean; png?: boolean; flags: ExportFlags }

/** Every request's flags parsed: a bad value is a usage error (exit 2) before anything starts. */
export function checkExportOptions(reqs: ExportAsked[]): void {
  for (const r of reqs) { if (r.pdf) printOptions(r.flags); if (r.handout) handoutOptions(r.flags); if (r.png || r.flags.og) pngOptions(r.flags); }
}

/** A launch under way (wrapped, so awaiting this does not wait for Chromium); its first page opens as soon as it is up. */
export async function launchForExport(): Promise<{ browser: Promise<Browser> }> {
  await import('puppeteer'); // loaded first, so that the launch below spawns Chromium at once…
  const browser = launchBrowser();
  browser.then((b) => keepSparePage(b, 1), () => undefined); // a failed launch is reported where it is awaited
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve)); // …before any CPU-bound work
  return { browser };
}
