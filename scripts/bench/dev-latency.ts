// Dev-server update latency: from writing a changed deck.yaml to the open page showing the change.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../src/browser/browser.ts';
import { startDevServer } from '../../src/vite/server.ts';

export async function devLatency(root: string, deck: string, runs: number): Promise<number[]> {
  const server = await startDevServer({ deck, root, quiet: true });
  const browser = await launchBrowser();
  const file = path.join(root, 'slides', deck, 'deck.yaml');
  const original = readFileSync(file, 'utf8');
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1920, height: 1080 });
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction('document.documentElement.dataset.podiumReady === "true"', { timeout: 60_000 });
    for (let i = 0; i <= runs; i++) {
      const token = `Edited ${i} ${Date.now()}`;
      const waiting = page.waitForFunction((t) => document.querySelector('section.present h1')?.textContent === t, { polling: 'mutation', timeout: 30_000 }, token);
      const t0 = performance.now();
      writeFileSync(file, original.replace('title: Benchmark deck', `title: ${token}`));
      await waiting;
      if (i > 0) times.push(performance.now() - t0); // the first edit warms the page up
    }
  } finally {
    writeFileSync(file, original);
    await browser.close();
    await server.close();
  }
  return times;
}
