// A browser that misbehaves, through the real `podium` command: Chromium missing or not starting, killed
// mid-export, hanging on a slide, the output disk full, Ctrl-C, and two exports at once. Each run gets its
// own TMPDIR, which holds its Chromium profile: afterwards that folder must be empty and no process may
// mention it (Chromium and every helper it spawned are gone). Nothing partial may be left in the output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { STACK } from '../support/cli.ts';
import { tempDir } from '../support/decks.ts';
import { alive, chromiumMains, descendants, processesUsing, spawnPodium, until } from '../support/hardening.ts';
import { readPdf } from '../support/pdf.ts';

const work = tempDir('podium-faults-');
// Images under /hang/ are requested and never answered: the export waits on them until its deadline.
const requested: string[] = [];
const sockets = new Set<Socket>();
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    requested.push(req.url ?? '');
    if (req.url?.startsWith('/hang/')) return; // never answers
    res.statusCode = 404; res.end();
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  for (const s of sockets) s.destroy();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Project { root: string; tmp: string; out: string; name: string }

/** <work>/<name>/slides/<name>/deck.yaml and a private TMPDIR. */
function project(name: string, yaml: string): Project {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'slides', name), { recursive: true });
  mkdirSync(path.join(root, 'tmp'));
  writeFileSync(path.join(root, 'slides', name, 'deck.yaml'), yaml);
  return { root, tmp: path.join(root, 'tmp'), out: path.join(root, 'dist', name), name };
}

const small = (title: string) => `title: ${title}\nslides:\n  - layout: title\n    title: ${title}\n  - layout: quote\n    quote: Two slides are enough.\n`;
/** Slide 2 shows an image that never finishes loading (remote, allowed by the deck). */
const hanging = (tag: string) => `title: Hangs\nallowRemote: true\nslides:\n  - layout: title\n    title: Fine\n  - layout: image\n    src: "${base}/hang/${tag}.png"\n    alt: never loads\n`;

const run = (p: Project, args: string[], env: Record<string, string> = {}) =>
  spawnPodium(args, { cwd: p.root, env: { TMPDIR: p.tmp, ...env } });

/** No Chromium (or helper) left, an empty TMPDIR, and no temp or partial file next to the output. */
async function assertClean(p: Project, { pdf }: { pdf: boolean }): Promise<void> {
  await until(() => processesUsing(p.tmp).length === 0 || undefined, 5000, `Chromium using ${p.tmp} to exit`).catch(() => undefined);
  expect(processesUsing(p.tmp).map((x) => x.args.slice(0, 120))).toEqual([]);
  expect(readdirSync(p.tmp)).toEqual([]);
  const files = readdirSync(p.out);
  expect(files.filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]);
  expect(files.includes(`${p.name}.pdf`)).toBe(pdf);
  expect(readdirSync(path.dirname(p.out)).filter((f) => f.startsWith('.'))).toEqual([]);
}

describe.concurrent('browser faults', () => {
  it('no Chromium at PUPPETEER_EXECUTABLE_PATH: says how to get one, exit 1', async () => {
    const p = project('missing', small('Missing'));
    const r = await run(p, ['pdf', p.name], { PUPPETEER_EXECUTABLE_PATH: path.join(p.root, 'no-chrome') }).done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/PUPPETEER_EXECUTABLE_PATH is set to .*no-chrome, which is not an executable file/);
    expect(r.stderr).toMatch(/`(npm run setup|npx podium setup)`/); // the command the user can run where they are
    expect(r.stderr).not.toMatch(STACK);
    await assertClean(p, { pdf: false });
  });

  it('a "Chromium" that does not start: a clear message, exit 1, no profile left', async () => {
    const p = project('broken', small('Broken'));
    const r = await run(p, ['pdf', p.name], { PUPPETEER_EXECUTABLE_PATH: '/bin/false' }).done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^Chromium did not start \(\/bin\/false\): /m);
    expect(r.stderr).toMatch(/`(npm run setup|npx podium setup)`/); // the command the user can run where they are
    expect(r.stderr).not.toMatch(STACK);
    await assertClean(p, { pdf: false });
  });

  it('Chromium killed mid-export: exit 1 naming the crash, no PDF, no temp file, no Chromium', { timeout: 60_000 }, async () => {
    const p = project('crash', hanging('crash'));
    const cli = run(p, ['pdf', p.name, '--timeout', '60']);
    await until(() => requested.includes('/hang/crash.png'), 30_000, 'the export to reach the hanging slide');
    const [main] = chromiumMains(p.tmp);
    expect(main).toBeDefined();
    const children = descendants(cli.child.pid!);
    expect(children.length).toBeGreaterThan(2); // Chromium, its zygotes, renderers …
    process.kill(main!.pid, 'SIGKILL');
    const r = await cli.done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^Chromium quit during the export \(it crashed or was killed\): .*; nothing was written/m);
    expect(r.stderr).not.toMatch(STACK);
    await assertClean(p, { pdf: false });
    expect(alive(children.map((c) => c.pid))).toEqual([]);
  });

  it('a slide that never finishes loading: the deadline names it, exit 1, nothing written', async () => {
    const p = project('hang', hanging('timeout'));
    const r = await run(p, ['pdf', p.name, '--timeout', '3']).done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/export timed out after 3 s: slide 2 \(image\): image http:\/\/127\.0\.0\.1:\d+\/hang\/timeout\.png never finished loading/);
    expect(r.stderr).not.toMatch(STACK);
    await assertClean(p, { pdf: false });
  });

  it.each(['export', 'handout'])('Ctrl-C during `podium %s`: exit 130, Chromium closed, no temp file, no partial PDF', { timeout: 60_000 }, async (command) => {
    const p = project(`interrupt-${command}`, hanging(`interrupt-${command}`));
    const cli = run(p, [command, p.name]);
    await until(() => requested.includes(`/hang/interrupt-${command}.png`), 30_000, 'the export to reach the hanging slide');
    expect(chromiumMains(p.tmp)).toHaveLength(1);
    const children = descendants(cli.child.pid!);
    cli.child.kill('SIGINT');
    const r = await cli.done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(r.stderr).not.toMatch(STACK);
    await assertClean(p, { pdf: false });
    expect(alive(children.map((c) => c.pid))).toEqual([]);
    expect(readdirSync(p.out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('bad content with `podium pdf`: exit 1 at file:line:col, and the Chromium launched during the build is closed', async () => {
    const p = project('bad', 'title: Bad\nslides:\n  - layout: bulets\n');
    const r = await run(p, ['pdf', p.name]).done;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/slides\/bad\/deck\.yaml:3:13 {2}slide 1: unknown layout "bulets"/);
    expect(r.stderr).not.toMatch(STACK);
    await until(() => processesUsing(p.tmp).length === 0 || undefined, 5000, 'Chromium to exit').catch(() => undefined);
    expect(processesUsing(p.tmp)).toEqual([]);
    expect(readdirSync(p.tmp)).toEqual([]);
    expect(readdirSync(p.root)).toEqual(['slides', 'tmp']); // no dist/ at all
  });

  it('two exports of different decks at once both succeed and leave nothing running', async () => {
    const a = project('first', small('First'));
    const b = project('second', `${small('Second')}  - layout: section\n    title: Three\n`);
    const [ra, rb] = await Promise.all([run(a, ['pdf', a.name]).done, run(b, ['pdf', b.name]).done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect((await readPdf(path.join(a.out, 'first.pdf'))).pages).toBe(2);
    expect((await readPdf(path.join(b.out, 'second.pdf'))).pages).toBe(3);
    await assertClean(a, { pdf: true });
    await assertClean(b, { pdf: true });
  });

  it('the output disk full (a tiny tmpfs): a clear message, exit 1, no partial PDF, no temp file', async (ctx) => {
    const p = project('full', small('Full'));
    // Size the disk to hold the built site and not the PDF: build it once elsewhere to measure it.
    const probe = await build(path.join(p.root, 'slides', p.name), { out: path.join(work, 'full-probe') });
    const pages = (dir: string): number => readdirSync(dir, { recursive: true }).map(String)
      .reduce((n, f) => { const s = statSync(path.join(dir, f)); return s.isFile() ? n + Math.ceil(s.size / 4096) : n; }, 0);
    const size = (pages(probe.outDir) + 2) * 4096;
    mkdirSync(p.out, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path.dirname(p.out)], { stdio: 'ignore' });
    } catch {
      ctx.skip('cannot mount a tmpfs here (needs root): the disk-full case is not simulated');
      return;
    }
    try {
      const r = await run(p, ['pdf', p.name]).done;
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/cannot write dist\/full\/full\.pdf: ENOSPC: no space left on device/);
      expect(r.stderr).toMatch(/hint: the disk is full/);
      expect(r.stderr).not.toMatch(STACK);
      await assertClean(p, { pdf: false });
      expect(readdirSync(p.out)).toContain('index.html'); // the site itself was written before the disk filled
    } finally {
      execFileSync('umount', [path.dirname(p.out)]);
    }
  });
});
