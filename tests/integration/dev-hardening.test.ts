// The dev server under abuse: what it binds to, what it refuses to serve (traversal, /@fs/, symlinks out of
// the deck), and staying alive through invalid content, a deleted deck.yaml, a broken template and 200 rapid
// saves — with the watchers and the heap measured before and after.
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDevServer } from '../../src/vite/server.ts';
import { fixture, ROOT, tempProject } from '../support/decks.ts';

const project = tempProject(fixture('all-layouts'), 'live');
const deckFile = path.join(project.deckDir, 'deck.yaml');
const good = readFileSync(deckFile, 'utf8');
writeFileSync(path.join(project.root, 'secret.txt'), 'TOP-SECRET project file');
writeFileSync(path.join(project.root, 'slides', 'secret.txt'), 'TOP-SECRET slides file');
mkdirSync(path.join(project.root, 'slides', 'other'));
writeFileSync(path.join(project.root, 'slides', 'other', 'notes.txt'), 'TOP-SECRET other folder');
symlinkSync('/etc/passwd', path.join(project.deckDir, 'img', 'passwd.png'));
symlinkSync('/etc', path.join(project.deckDir, 'etc'));
symlinkSync(path.join(project.root, 'secret.txt'), path.join(project.deckDir, 'secret.md'));

let server: ViteDevServer;
let port: number;
let deckUrl: string;
beforeAll(async () => {
  server = await startDevServer({ deck: 'live', root: project.root, quiet: true });
  const local = server.resolvedUrls!.local[0]!;
  port = Number(new URL(local).port);
  deckUrl = new URL('/live/', local).href;
}, 60_000);
afterAll(async () => {
  await server?.close();
  project.cleanup();
});

/** A GET sent byte for byte (fetch would normalise `..` away before it left). */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0), body: data.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
    socket.on('error', reject);
  });
}

const page = async () => (await fetch(deckUrl)).text();
async function waitFor(test: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}
const pageShows = (text: string) => waitFor(async () => (await page()).includes(text), 10_000, `the page to show "${text}"`)
  .catch(async (e: Error) => { const html = await page(); throw new Error(`${e.message}; it shows: ${/Bullet points[^<]*/.exec(html)?.[0]} ${html.replace(/\s+/g, ' ').slice(0, 300)}`); });

describe('binding', () => {
  it('listens on 127.0.0.1 only by default', () => {
    expect(server.resolvedUrls!.local).toEqual([`http://127.0.0.1:${port}/`]);
    expect(server.resolvedUrls!.network).toEqual([]);
    expect(server.httpServer!.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('with --host, binds there and warns that the deck is visible on the network', async () => {
    const printed: string[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...a: unknown[]) => { printed.push(a.join(' ')); }));
    let exposed: ViteDevServer | undefined;
    try {
      exposed = await startDevServer({ deck: 'live', root: project.root, host: '0.0.0.0', port: port + 1 });
      expect(exposed.httpServer!.address()).toMatchObject({ address: '0.0.0.0' });
      expect(printed.join('\n')).toMatch(/podium: --host 0\.0\.0\.0: the deck is visible to other machines on the network/);
    } finally {
      spies.forEach((s) => s.mockRestore());
      await exposed?.close();
    }
  }, 30_000);
});

describe('what it serves', () => {
  it('serves the deck and its own files', async () => {
    expect((await rawGet('/live/')).status).toBe(200);
    expect((await rawGet('/live/img/diagram.svg')).status).toBe(200);
  });

  it.each([
    '/@fs/etc/passwd', '/@fs//etc/passwd', '/@fs/etc/passwd?raw', '/@fs/etc/passwd?import&raw', '/@fs/etc/passwd?url', '/@fs/proc/self/environ',
    '/../../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/live/../../etc/passwd', '/live/..%2f..%2f..%2fetc/passwd',
    '/etc/passwd?raw', '/live/img/passwd.png', '/live/img/passwd.png?raw', '/live/etc/passwd', '/live/etc/hostname?url', '/live/secret.md', '/live/secret.md?raw',
    '/secret.txt', '/../secret.txt', '/other/notes.txt', '/live/../secret.txt', '/live/%2e%2e/secret.txt',
    `/@fs${project.root}/secret.txt`, `/@fs${project.root}/slides/secret.txt`, `/@fs${project.root}/slides/other/notes.txt`,
    `/@fs${ROOT}/package.json`, `/@fs${ROOT}/src/cli.ts`, '/__open-in-editor?file=/etc/passwd', '/live/%E0%A4%A', '/%E0%A4%A/x',
  ])('refuses %s (400/403/404, nothing leaked)', async (target) => {
    const r = await rawGet(target);
    expect([400, 403, 404]).toContain(r.status);
    expect(r.body).not.toMatch(/root:x:0|TOP-SECRET/);
  });
});

describe('surviving bad edits', () => {
  it('invalid content: the error page names file:line:col; fixing it brings the deck back', async () => {
    writeFileSync(deckFile, good.replace('layout: quote', 'layout: qoute'));
    await pageShows('unknown layout &quot;qoute&quot;');
    expect(await page()).toMatch(/deck\.yaml:\d+:\d+/);
    writeFileSync(deckFile, good);
    await pageShows('data-podium-slide');
  });

  it('a deleted deck.yaml, then restored', async () => {
    unlinkSync(deckFile);
    await waitFor(async () => !(await page()).includes('data-podium-slide'), 10_000, 'the error page');
    expect((await rawGet('/live/')).status).toBe(200); // still answering
    writeFileSync(deckFile, good);
    await pageShows('data-podium-slide');
  });

  it('a deck-local layout with a syntax error, then fixed', async () => {
    const layout = path.join(project.deckDir, 'layouts/big-number.hbs');
    const source = readFileSync(layout, 'utf8');
    writeFileSync(layout, `${source}\n{{#if broken}}never closed\n`);
    await pageShows('big-number.hbs:');
    writeFileSync(layout, source);
    await pageShows('data-podium-slide');
  });
});

describe('200 rapid saves', () => {
  const gc = (() => { setFlagsFromString('--expose-gc'); return runInNewContext('gc') as () => void; })();
  const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  const watchers = () => process.getActiveResourcesInfo().filter((r) => /FSEvent|StatWatcher/.test(r)).length;
  const watched = () => Object.values(server.watcher.getWatched()).reduce((n, files) => n + files.length, 0);
  const listeners = () => server.watcher.listenerCount('all') + server.watcher.listenerCount('change');

  /** Saves deck.yaml n times, a few ms apart, alternating plain writes and editor-style atomic renames. */
  async function saves(n: number, from: number): Promise<void> {
    for (let i = from; i < from + n; i++) {
      const text = good.replace('title: Bullet points', `title: Bullet points ${i}`);
      if (i % 2) writeFileSync(deckFile, text);
      else { writeFileSync(`${deckFile}.tmp`, text); renameSync(`${deckFile}.tmp`, deckFile); }
      await new Promise((r) => setTimeout(r, 4));
    }
    await pageShows(`Bullet points ${from + n - 1}<`);
  }

  /** Waits until the watcher has finished its initial crawl (the count holds still for half a second). */
  async function watcherSettled(): Promise<void> {
    let last = -1;
    for (let still = 0, end = Date.now() + 15_000; still < 5 && Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      const n = watched();
      still = n === last ? still + 1 : 0;
      last = n;
    }
  }

  it('leaks neither watchers nor memory, and shows the last save', async () => {
    await saves(30, 0); // warm up: caches, JIT, the first rebuilds
    await watcherSettled();
    const before = { heap: heap(), watchers: watchers(), watched: watched(), listeners: listeners() };
    await saves(200, 1000);
    await new Promise((r) => setTimeout(r, 200));
    const after = { heap: heap(), watchers: watchers(), watched: watched(), listeners: listeners() };
    console.info(`200 saves: heap ${(before.heap / 1048576).toFixed(1)} → ${(after.heap / 1048576).toFixed(1)} MB, fs watchers ${before.watchers} → ${after.watchers}, watched paths ${before.watched} → ${after.watched}`);
    expect(after.watchers).toBe(before.watchers);
    expect(after.watched).toBe(before.watched);
    expect(after.listeners).toBe(before.listeners);
    expect((after.heap - before.heap) / 1024 / 1024, `heap ${(before.heap / 1048576).toFixed(1)} → ${(after.heap / 1048576).toFixed(1)} MB`).toBeLessThan(8);
    rmSync(`${deckFile}.tmp`, { force: true });
  }, 60_000);
});
