// The benchmark's baseline: the least a tool can do to print a reveal.js deck — launch Chromium, open
// ?print-pdf, wait for reveal's pdf-ready, page.pdf, close. Plain JS so no transpiler is timed.
// usage: node scripts/bench/baseline-pdf.mjs <index.html> <out.pdf> <chromium> [podium]
// With `podium`, the page is Podium's own print layout (`&podium-print`, what `podium pdf` prints) instead of
// reveal's print view: the floor under Podium's own page — untagged, one page.pdf, nothing finished.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';

const [index, out, executablePath, layout] = process.argv.slice(2);
const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await puppeteer.launch({ executablePath, headless: true, args });
const page = await browser.newPage();
page.setDefaultTimeout(0); // the bench's own limit (RUN_LIMIT_MS) stops a run, not puppeteer's 30 s default
await page.goto(`${pathToFileURL(index).href}?print-pdf${layout === 'podium' ? '&podium-print' : ''}`);
await page.waitForFunction('document.documentElement.dataset.podiumPdfReady === "true"', { timeout: 0, polling: 'raf' });
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, timeout: 0 });
await browser.close();
