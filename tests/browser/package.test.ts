// Podium as users meet it: the real tarball from `npm pack`, installed with npm into an empty project,
// then `new`, `build`, `pdf`, `check`, `theme new`, `themes` and a dev-server request run there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/decks.ts';
import { readPdf } from '../support/pdf.ts';

interface Packed { filename: string; size: number; unpackedSize: number; files: { path: string; size: number }[] }

const env = { ...process.env, FORCE_COLOR: '0', PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false' };
const run = (cmd: string, args: string[], cwd: string, timeout = 120_000) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
};

let work: string;
let project: string;
let packed: Packed;
const podium = (...args: string[]) => run(process.execPath, [path.join(project, 'node_modules/.bin/podium'), ...args], project);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'podium-pack-'));
  const r = run('npm', ['pack', '--json', '--pack-destination', work], ROOT, 180_000);
  expect(r.code, r.out).toBe(0);
  packed = (JSON.parse(r.stdout) as Packed[])[0]!;
  project = path.join(work, 'talks');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'talks', private: true }));
  // --prefer-offline: the packages are in npm's cache from this checkout's own install
  const i = run('npm', ['install', '--save-dev', '--prefer-offline', '--loglevel=error', path.join(work, packed.filename)], project, 300_000);
  expect(i.code, i.out).toBe(0);
}, 420_000);

// retries: a process that just exited (the dev server, Chromium) may still be flushing into node_modules/.cache
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); });

describe('the packed tarball', () => {
  it('holds what users need and nothing else', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('lib/podium.mjs');
    expect(files).toContain('lib/cli.mjs');
    expect(files).toContain('lib/runtime/podium.js');
    expect(files).toContain('lib/runtime/podium.css');
    expect(files).toContain('templates/layouts/bullets.hbs');
    expect(files).toContain('scripts/setup-browser.sh');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => /^(tests|slides|docs)\//.test(f) || /fixtures/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('scripts/'))).toEqual(['scripts/setup-browser.sh']);
    expect(files.filter((f) => f.startsWith('src/') && !f.startsWith('src/runtime/'))).toEqual([]);
    expect(packed.size).toBeLessThan(1_500_000); // bytes, compressed
  });

  it('installs with its dependencies hoisted into the project, not nested under podium', () => {
    expect(existsSync(path.join(project, 'node_modules/@fontsource/inter/package.json'))).toBe(true);
    expect(existsSync(path.join(project, 'node_modules/podium/node_modules/@fontsource'))).toBe(false);
    expect(existsSync(path.join(project, 'node_modules/podium/src/cli.ts'))).toBe(false);
  });
});

describe('in an empty project', () => {
  it('prints its help', () => {
    const r = podium('--help');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Usage:\s+\$ podium <command>/);
  });

  it('says how to start when there is no deck yet', () => {
    const r = podium('build');
    expect(r.code).toBe(1);
    expect(r.out).toContain('no deck here');
    expect(r.out).toContain('npx podium new my-talk');
    expect(r.out).not.toMatch(/^\s+at /m);
  });

  it('new → build → pdf → check, all in the project', async () => {
    const n = podium('new', 'my-talk');
    expect(n.code, n.out).toBe(0);
    expect(n.out).toContain('npx podium dev my-talk');
    expect(existsSync(path.join(project, 'slides/my-talk/deck.yaml'))).toBe(true);

    const b = podium('build'); // the only deck is the default
    expect(b.code, b.out).toBe(0);
    const site = path.join(project, 'dist/my-talk');
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('class="reveal"');
    const fonts = readdirSync(path.join(site, 'podium/fonts'));
    expect(fonts.some((f) => f.endsWith('.woff2'))).toBe(true); // found where npm hoisted them
    expect(statSync(path.join(site, 'podium/podium.js')).size).toBeGreaterThan(10_000);

    const p = podium('pdf', 'my-talk');
    expect(p.code, p.out).toBe(0);
    const slides = (readFileSync(path.join(project, 'slides/my-talk/deck.yaml'), 'utf8').match(/^\s*- layout:/gm) ?? []).length;
    expect((await readPdf(path.join(site, 'my-talk.pdf'))).pages).toBe(slides);

    const c = podium('check', '--json');
    expect(c.code, c.out).toBe(0);
    expect((JSON.parse(c.stdout) as { summary: { slides: number } }).summary.slides).toBe(slides);
    expect(existsSync(path.join(project, 'node_modules/.cache/podium'))).toBe(true); // the cache is the project's
  }, 180_000);

  it('theme new writes ./themes/<name>/ and themes shows it beside the built-ins', () => {
    const t = podium('theme', 'new', 'acme', '--extends', 'workshop');
    expect(t.code, t.out).toBe(0);
    expect(existsSync(path.join(project, 'themes/acme/theme.yaml'))).toBe(true);
    expect(existsSync(path.join(project, 'node_modules/podium/templates/themes/acme'))).toBe(false);
    const g = podium('themes', 'my-talk', '--slides', '1');
    expect(g.code, g.out).toBe(0);
    const html = readFileSync(path.join(project, 'dist/themes/index.html'), 'utf8');
    for (const name of ['acme (./themes/acme)', 'pytorch', 'paper', 'corporate', 'workshop']) expect(html).toContain(name);
  }, 120_000);

  it('serves the deck in dev, runtime included', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(project, 'node_modules/.bin/podium'), 'dev', 'my-talk', '--port', String(port)], { cwd: project, env, stdio: 'pipe' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const html = await poll(() => fetch(`${base}/my-talk/`).then((r) => (r.ok ? r.text() : undefined)), 30_000);
      expect(html).toContain('class="reveal"');
      const client = /src="(\/@fs[^"]+\/runtime\/dev\.ts)"/.exec(html)?.[1];
      expect(client).toBeDefined();
      const js = await fetch(base + client!);
      expect(js.status).toBe(200);
      expect(await js.text()).toContain('podium:update');
    } finally {
      const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited; // gone before the project folder is removed
    }
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function poll<T>(f: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`nothing after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
