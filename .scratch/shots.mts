import { launchBrowser } from '../src/export/browser.ts';
import { watchedPage, waitForDeck } from '../tests/support/browser.ts';
const [dir, outPrefix, which] = process.argv.slice(2);
const b = await launchBrowser();
try {
  const w = await watchedPage(b, { width: 960, height: 540 });
  await w.page.goto(`file://${dir}/index.html`);
  await waitForDeck(w.page);
  const n = await w.page.evaluate(() => (window as any).Reveal.getTotalSlides());
  const list = which ? which.split(',').map(Number) : [...Array(n).keys()].map((i) => i + 1);
  for (const i of list) {
    await w.page.evaluate((k) => (window as any).Reveal.slide(k - 1, 0, 99), i);
    await new Promise((r) => setTimeout(r, 900));
    await w.page.screenshot({ path: `${outPrefix}-${i}.png` });
  }
  console.log('slides', n, 'problems', w.problems);
} finally { await b.close(); }
