// `podium build --all` with decks whose diagrams must be drawn: the worker threads launch Chromium, and
// Ctrl-C (which only the main thread receives) still leaves no Chromium, no profile and no temp file.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK } from '../support/cli.ts';
import { fixture, tempDir } from '../support/decks.ts';
import { chromiumMains, processesUsing, spawnPodium, until } from '../support/hardening.ts';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('build --all with diagrams', () => {
  it('Ctrl-C while the threads draw diagrams: exit 130, every Chromium closed, nothing left behind', { timeout: 120_000 }, async () => {
    for (const d of ['a', 'b', 'c', 'd']) cpSync(fixture('media'), path.join(root, 'slides', d), { recursive: true });
    const tmp = path.join(root, 'tmp');
    const cache = path.join(root, 'cache'); // empty: every diagram must be drawn in Chromium
    mkdirSync(tmp);
    const cli = spawnPodium(['build', '--all'], { cwd: root, env: { TMPDIR: tmp, PODIUM_CACHE_DIR: cache } });
    await until(() => chromiumMains(tmp).length >= 1 || undefined, 60_000, 'a thread to launch Chromium');
    cli.child.kill('SIGINT');
    const r = await cli.done;
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(STACK);
    await until(() => processesUsing(tmp).length === 0 || undefined, 5000, 'Chromium to exit').catch(() => undefined);
    expect(processesUsing(tmp)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    const dist = path.join(root, 'dist'); // no temp folder of a half-built site
    expect(existsSync(dist) ? readdirSync(dist).filter((f) => f.startsWith('.')) : []).toEqual([]);
  });
});
