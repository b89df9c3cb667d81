// What goes wrong during export: no browser, an image that never loads, an export that fails midway.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, withPage } from '../../src/browser/browser.ts';
import { printDeck } from '../../src/export/print-page.ts';
import { build } from '../../src/pipeline.ts';
import { podium, podiumChromiums, STACK } from '../support/cli.ts';
import { fixture, tempProject } from '../support/decks.ts';

const project = tempProject(fixture('all-layouts'), 'deck');
const outDir = path.join(project.root, 'dist', 'deck');
afterAll(() => project.cleanup());

beforeAll(() => {
  const r = podium(['pdf', 'deck'], { cwd: project.root });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

it('says how to get a browser when none can be found', () => {
  const r = podium(['pdf', 'deck'], { cwd: project.root, env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' } });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('PUPPETEER_EXECUTABLE_PATH');
  expect(r.stderr).toMatch(/`(npm run setup|npx podium setup)`/); // the command the user can run where they are
  expect(r.stderr).not.toMatch(STACK);
});

it('a failed export leaves the previous PDF intact, no temp file and no Chromium behind', () => {
  const pdf = path.join(outDir, 'deck.pdf');
  const before = readFileSync(pdf);
  const r = podium(['pdf', 'deck', '--timeout', '0.05'], { cwd: project.root });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/export timed out after/);
  expect(r.stderr).not.toMatch(STACK);
  expect(readFileSync(pdf).equals(before)).toBe(true);
  expect(readdirSync(outDir).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
  expect(readdirSync(path.dirname(outDir)).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
  expect(podiumChromiums()).toEqual([]);
});

it('a slide whose image never loads times out with a message naming the slide', async () => {
  const site = path.join(project.root, 'site');
  await build('deck', { root: project.root, out: site });
  const server: Server = createServer((req, res) => {
    const file = path.join(site, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (file.endsWith('diagram.svg')) return; // never answers
    if (!existsSync(file)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/html');
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await launchBrowser();
  try {
    const attempt = withPage(browser, (page) => printDeck(page, `http://127.0.0.1:${port}/index.html`, { timeout: 4000 }));
    await expect(attempt).rejects.toThrow(/slide 8 \(image\): image \.\/img\/diagram\.svg never finished loading/);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
});
