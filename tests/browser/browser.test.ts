// Real Chromium, no mocks: finding it, using it, and making sure nothing is left running afterwards.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser, withBrowser, withPage } from '../../src/browser/browser.ts';
import { DeckError } from '../../src/errors.ts';

/** Direct children of this Node process, as "pid command" lines. */
function children(): string[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch { /* ps exits 1 when there are none */ }
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}
const chromiumChildren = (): string[] => children().filter((l) => /chrom/i.test(l) && !/\bps\b/.test(l));

/** Is pid still a live (non-zombie) process? */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** Live (non-zombie) processes in process group pgid: Chromium's helpers (zygote, renderers) live there. */
function liveInGroup(pgid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().split(/\s+/))
    .filter((f) => f[1] === String(pgid) && !f[2]?.startsWith('Z')).map((f) => f.join(' '));
}

const savedEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
afterEach(() => {
  if (savedEnv === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
  else process.env.PUPPETEER_EXECUTABLE_PATH = savedEnv;
});

describe('findChromium', () => {
  it('returns an executable path', () => {
    const p = findChromium();
    expect(p).toMatch(/^\//);
    expect(() => accessSync(p, constants.X_OK)).not.toThrow();
  });

  it('honours a valid PUPPETEER_EXECUTABLE_PATH', () => {
    const real = findChromium();
    process.env.PUPPETEER_EXECUTABLE_PATH = real;
    expect(findChromium()).toBe(real);
  });

  it('treats an explicitly set but missing PUPPETEER_EXECUTABLE_PATH as an error', () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/podium/chrome';
    let err: unknown;
    try { findChromium(); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DeckError);
    const de = err as DeckError;
    expect(de.exitCode).toBe(1);
    expect(de.message).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(de.message).toContain('/nonexistent/podium/chrome');
    expect(de.problems[0]?.hint).toBeTruthy();
  });
});

describe('withBrowser', () => {
  it('opens a page and reads the DOM', async () => {
    const text = await withBrowser((browser) => withPage(browser, async (page) => {
      await page.goto('data:text/html,<h1>hi</h1>');
      return page.$eval('h1', (el) => el.textContent);
    }));
    expect(text).toBe('hi');
  }, 60_000);

  it('leaves no Chromium process or profile behind after success', async () => {
    let pid = 0;
    let profile = '';
    await withBrowser(async (browser) => {
      pid = browser.process()?.pid ?? 0;
      const flag = '--user-data-dir=';
      profile = browser.process()?.spawnargs.find((a) => a.startsWith(flag))?.slice(flag.length) ?? '';
      expect(existsSync(profile)).toBe(true);
      await browser.newPage(); // deliberately left open: withBrowser must close it
      expect(chromiumChildren().length).toBeGreaterThan(0);
      expect(liveInGroup(pid).length).toBeGreaterThan(1); // the check below can see helpers
    });
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
    expect(liveInGroup(pid)).toEqual([]);
    expect(chromiumChildren()).toEqual([]);
    expect(profile).toMatch(/podium-chromium-/);
    expect(existsSync(profile)).toBe(false);
  }, 60_000);

  it('leaves no Chromium process behind when fn throws, and rethrows', async () => {
    let pid = 0;
    await expect(withBrowser(async (browser) => {
      pid = browser.process()?.pid ?? 0;
      await browser.newPage();
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
    expect(liveInGroup(pid)).toEqual([]);
    expect(chromiumChildren()).toEqual([]);
  }, 60_000);

  it('fails cleanly (no launch) when PUPPETEER_EXECUTABLE_PATH is bogus', async () => {
    process.env.PUPPETEER_EXECUTABLE_PATH = '/nonexistent/podium/chrome';
    await expect(withBrowser(async () => 'unreachable')).rejects.toBeInstanceOf(DeckError);
    expect(chromiumChildren()).toEqual([]);
  });

  it('removes its signal handlers once every browser is closed', async () => {
    const before = process.listenerCount('SIGINT');
    const browser = await launchBrowser();
    try {
      expect(process.listenerCount('SIGINT')).toBe(before + 1);
    } finally {
      await browser.close();
    }
    // closing via browser.close() still runs the full cleanup (on 'disconnected')
    await expect.poll(() => process.listenerCount('SIGINT'), { timeout: 5000 }).toBe(before);
    expect(chromiumChildren()).toEqual([]);
  }, 60_000);
});
