// The one module that owns Chromium's life: finding it, launching it on a closed network, and making
// sure it dies. Puppeteer itself is imported lazily so commands that never open a browser stay fast.
import { accessSync, constants, existsSync, mkdtempSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'puppeteer';
import { Browser as BrowserKind, Cache, computeExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import { DeckError, ExitCode } from '../errors.ts';
import { command } from '../util/hint.ts';
import { keepSparePage } from './pages.ts';
export { inFront, keepSparePage, keepsPages, withPage } from './pages.ts';

// Same order as scripts/setup-browser.sh (`npm run setup`, `podium setup`).
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/snap/bin/chromium'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-default-apps', '--disable-extensions', '--disable-dev-shm-usage',
  '--disable-gpu', '--mute-audio', '--font-render-hinting=none'];
const CLOSE_TIMEOUT_MS = 5000;
const SIGNAL_EXIT: Record<string, ExitCode> = { SIGINT: ExitCode.Interrupted, SIGTERM: ExitCode.Terminated, SIGHUP: ExitCode.Hangup };
const isExecutable = (p: string): boolean => {
  try { accessSync(p, constants.X_OK); return statSync(p).isFile(); } catch { return false; }
};

/** An installed browser in Puppeteer's cache (chrome-headless-shell preferred, newest first). */
function fromPuppeteerCache(): string | undefined {
  const cacheDir = process.env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
  const platform = detectBrowserPlatform();
  if (!platform || !existsSync(cacheDir)) return undefined;
  const rank = (b: BrowserKind): number => (b === BrowserKind.CHROMEHEADLESSSHELL ? 0 : 1);
  const installed = new Cache(cacheDir).getInstalledBrowsers()
    .filter((b) => b.platform === platform && (b.browser === BrowserKind.CHROMEHEADLESSSHELL || b.browser === BrowserKind.CHROME))
    .sort((a, b) => rank(a.browser) - rank(b.browser) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
  for (const { browser, buildId } of installed) {
    const p = computeExecutablePath({ cacheDir, browser, buildId, platform });
    if (isExecutable(p)) return p;
  }
  return undefined;
}

/** Path of a usable Chromium: $PUPPETEER_EXECUTABLE_PATH, then system installs, then Puppeteer's cache. */
export function findChromium(): string {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new DeckError({
      message: `PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, which is not an executable file`,
      hint: `point PUPPETEER_EXECUTABLE_PATH at a Chrome/Chromium binary, or unset it and run \`${command('setup')}\` to find or install one`,
    });
  }
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...SYSTEM_PATHS, ...PATH_NAMES.flatMap((name) => dirs.map((d) => join(d, name)))];
  const found = candidates.find(isExecutable) ?? fromPuppeteerCache();
  if (found) return found;
  throw new DeckError({
    message: 'No Chrome/Chromium found (looked at PUPPETEER_EXECUTABLE_PATH, system paths, PATH and Puppeteer\'s cache)',
    hint: `run \`${command('setup')}\`, or set PUPPETEER_EXECUTABLE_PATH`,
  });
}

// Every live browser launched here, so one signal handler can take them all down.
const live = new Map<Browser, { proc: ChildProcess | null; dir: string; closing?: Promise<void> }>();
/** Browsers that went away without us closing them: crashed, or killed from outside. */
const lost = new WeakSet<Browser>();
/** The signal being handled: exports unwind (closing pages, removing temp files) and exit with its code. */
let interrupted: NodeJS.Signals | undefined;
/** After a signal, how long the export may take to unwind before the process exits anyway. */
const UNWIND_MS = 8000;

function killHard(proc: ChildProcess | null): void {
  if (!proc?.pid) return;
  try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* group already gone */ }
  try { proc.kill('SIGKILL'); } catch { /* already gone */ }
}

const exited = (proc: ChildProcess | null, ms: number): Promise<void> =>
  !proc || proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    proc.once('exit', () => { clearTimeout(t); resolve(); });
  });

/**
 * End the browser and everything it started, and remove its profile. Idempotent. The profile is a throwaway
 * one, so there is nothing to save: the process group is killed at once (a graceful Browser.close takes
 * 0.2–0.3 s); a browser without a process of ours is asked to close.
 */
function closeBrowser(browser: Browser): Promise<void> {
  const entry = live.get(browser);
  if (!entry) return Promise.resolve();
  entry.closing ??= (async () => {
    if (entry.proc?.pid) killHard(entry.proc);
    else await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]).catch(() => undefined);
    await browser.disconnect().catch(() => undefined);
    await exited(entry.proc, 2000);
    killHard(entry.proc); // sweep helpers (renderer, zygote) left in the group
    removeProfile(entry.dir);
    live.delete(browser);
    if (live.size === 0) for (const s of Object.keys(SIGNAL_EXIT)) process.off(s, onSignal);
  })();
  return entry.closing;
}

/**
 * The profile folder, and the folder Chromium keeps its singleton socket in ($TMPDIR/.org.chromium.Chromium.*,
 * linked from the profile): Chromium removes that one itself only when it exits normally, not when it crashes.
 */
function removeProfile(dir: string): void {
  try {
    const socketDir = dirname(readlinkSync(join(dir, 'SingletonSocket')));
    if (/[/\\]\.?org\.chromium\.Chromium\.\w+$/.test(socketDir)) rmSync(socketDir, { recursive: true, force: true });
  } catch { /* no socket link: nothing else to remove */ }
  try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
}

function onSignal(signal: NodeJS.Signals): void {
  const code = SIGNAL_EXIT[signal] ?? 1;
  if (interrupted) { // second signal: no more patience
    for (const { proc } of live.values()) killHard(proc);
    process.exit(code);
  }
  interrupted = signal;
  // Closing the browsers makes every pending page call fail; withBrowser turns that into a DeckError with
  // the signal's exit code, so the export unwinds through its own cleanup (temp files, temp pages). Should
  // anything hang, the process still exits (the timer does not keep it alive when all is done).
  setTimeout(() => process.exit(code), UNWIND_MS).unref();
  void closeAllBrowsers();
}

/** Close every browser launched here (those still launching too) and launch no more: a signal, or a worker thread told to stop. */
export async function closeAllBrowsers(): Promise<void> {
  stopped = true;
  await Promise.allSettled([...launching]);
  await Promise.allSettled([...live.keys()].map(closeBrowser));
}

const CLOSED = /Target closed|Session closed|Connection closed|Browser has disconnected|Protocol error|detached Frame|frame was detached|Execution context was destroyed|WebSocket is not open|socket hang up/i;

/** What an export failure means for the user, once the browser is known to be gone or alive. */
function exportFailure(browser: Browser, e: unknown): unknown {
  if (interrupted) {
    return new DeckError({ message: `interrupted (${interrupted}): Chromium was closed and nothing was written` }, SIGNAL_EXIT[interrupted] ?? ExitCode.Input);
  }
  if (e instanceof DeckError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (lost.has(browser) || !browser.connected || (e instanceof Error && /TargetCloseError|ProtocolError|ConnectionClosedError/.test(e.name)) || CLOSED.test(message)) {
    return new DeckError({
      message: `Chromium quit during the export (it crashed or was killed): ${message.split('\n')[0]!.replace(/\.$/, '')}; nothing was written`,
      hint: `run the export again; if it keeps failing, check free memory and disk space, or run \`${command('setup')}\` to get a working Chromium`,
    });
  }
  return e;
}

/** Launches under way (closeAllBrowsers waits for them), and whether no more may start. */
const launching = new Set<Promise<Browser>>(); let stopped = false;

/** Launch headless Chromium with a fresh profile. Prefer withBrowser, which guarantees cleanup. */
export function launchBrowser(opts: { executablePath?: string } = {}): Promise<Browser> {
  if (stopped) return Promise.reject(new DeckError({ message: 'interrupted: no browser is launched any more' }, ExitCode.Interrupted));
  const p = launch(opts);
  launching.add(p); void p.then(() => launching.delete(p), () => launching.delete(p));
  return p;
}

async function launch(opts: { executablePath?: string }): Promise<Browser> {
  const executablePath = opts.executablePath ?? findChromium();
  const { default: puppeteer } = await import('puppeteer');
  const dir = mkdtempSync(join(tmpdir(), 'podium-chromium-'));
  const args = process.getuid?.() === 0 ? [...FLAGS, '--no-sandbox'] : FLAGS;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath, headless: true, args, userDataDir: dir,
      // Our own handlers close the browser gracefully before exiting; Puppeteer's exit hook still kills it.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
  } catch (e) {
    removeProfile(dir);
    const first = (e instanceof Error ? e.message : String(e)).split('\n').find((l) => l.trim()) ?? 'unknown error';
    throw new DeckError({
      message: `Chromium did not start (${executablePath}): ${first}`,
      hint: `run \`${command('setup')}\` to find or install a working Chromium, or point PUPPETEER_EXECUTABLE_PATH at one`,
    });
  }
  if (live.size === 0) for (const s of Object.keys(SIGNAL_EXIT)) process.on(s, onSignal);
  const entry = { proc: browser.process(), dir } as { proc: ChildProcess | null; dir: string; closing?: Promise<void> };
  live.set(browser, entry);
  browser.once('disconnected', () => {
    if (!entry.closing) lost.add(browser); // not closed by us
    void closeBrowser(browser);
  });
  return browser;
}

/** Run fn with a fresh browser, closed however fn ends; `whileClosing` (work needing no browser) overlaps the shutdown. */
export async function withBrowser<T, R = T>(fn: (browser: Browser) => Promise<T>, launching?: Promise<Browser>, whileClosing?: (result: T) => R): Promise<R> {
  const browser = await (launching ?? launchBrowser()); // a launch already under way may be handed in
  let closing: Promise<void> | undefined;
  try {
    const result = await inBrowser(browser, fn);
    closing = closeBrowser(browser);
    return whileClosing ? whileClosing(result) : (result as unknown as R);
  } finally {
    await (closing ?? closeBrowser(browser));
  }
}

/** Run fn in a browser that stays open (a warm one); a crash or a signal becomes the DeckError it means. */
export async function inBrowser<T>(browser: Browser, fn: (browser: Browser) => Promise<T>): Promise<T> {
  try {
    const result = await fn(browser);
    if (interrupted) throw new Error('interrupted');
    return result;
  } catch (e) {
    throw exportFailure(browser, e);
  }
}

export interface WarmBrowser { get(): Promise<Browser>; close(): Promise<void> }

/**
 * One browser kept for a session (the dev server's diagrams, `--watch`): launched on first use, launched
 * afresh after a crash or a failed launch, closed (process group, profile) with the session. `sparePage`:
 * withPage always finds a page already open (opening one costs 0.1–0.3 s), replaced while the user edits.
 */
export function warmBrowser(o: { sparePage?: boolean } = {}): WarmBrowser {
  let browser: Promise<Browser> | undefined;
  let closed = false;
  return {
    get() {
      if (closed) return Promise.reject(new Error('the session is closing'));
      browser ??= launchBrowser().then((b) => {
        b.once('disconnected', () => { browser = undefined; });
        if (o.sparePage) keepSparePage(b); // a page ready for each export
        return b;
      });
      browser.catch(() => { browser = undefined; });
      return browser;
    },
    async close() {
      closed = true;
      const b = await browser?.catch(() => undefined);
      if (b) await closeBrowser(b);
    },
  };
}
