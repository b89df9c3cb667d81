// Screenshots of a built deck's slides, for looking at them and for docs/img/: `tsx scripts/shoot-slides.ts
// <dist dir> <out dir> [slide numbers…] [--width 960]`. Each slide is shot alone at the given width.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withBrowser, withPage } from '../src/browser/browser.ts';

const args = process.argv.slice(2);
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 960;
const [site, out, ...wanted] = args;
if (!site || !out) { console.error('usage: shoot-slides <dist dir> <out dir> [numbers…] [--width 960]'); process.exit(2); }
mkdirSync(out, { recursive: true });
await withBrowser((browser) => withPage(browser, async (page) => {
  await page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: width / 1920 });
  await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
  await page.waitForFunction(() => document.documentElement.dataset.podiumReady === 'true');
  const { w, h, total } = await page.evaluate(() => {
    const r = (window as unknown as { Reveal: { getConfig(): { width: number; height: number }; getTotalSlides(): number; configure(c: object): void } }).Reveal;
    r.configure({ transition: 'none', backgroundTransition: 'none', controls: false, progress: false });
    return { w: r.getConfig().width, h: r.getConfig().height, total: r.getTotalSlides() };
  });
  await page.setViewport({ width: w, height: h, deviceScaleFactor: width / w });
  for (let i = 1; i <= total; i++) {
    if (wanted.length && !wanted.includes(String(i))) continue;
    await page.evaluate((n) => { (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(n - 1); document.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible')); }, i);
    await page.evaluate(() => Promise.all([document.fonts.ready, ...[...document.images].map((im) => im.decode().catch(() => undefined))]));
    await new Promise((r) => setTimeout(r, 150));
    await page.screenshot({ path: path.join(out, `slide-${String(i).padStart(2, '0')}.png`) as `${string}.png` });
  }
}));
console.log(`shot → ${out}`);
