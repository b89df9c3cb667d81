// A theme edit right after another: the watcher drops a change that comes within 50 ms of the previous one
// on the same file (chokidar's throttle), so the second save of theme.yaml arrives without an event. The
// dev server must still show it: theme edits get the same missed-save check as content edits
// (src/vite/rebuilds.ts) — the race behind the flaky live-theme browser test.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDevServer } from '../../src/vite/server.ts';
import { fixture, tempProject } from '../support/decks.ts';

const project = tempProject(fixture('all-layouts'), 'quick-theme');
const themeFile = path.join(project.deckDir, 'theme', 'theme.yaml');
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  mkdirSync(path.dirname(themeFile), { recursive: true });
  writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#00aa77"\n');
  server = await startDevServer({ deck: 'quick-theme', root: project.root, quiet: true });
  base = server.resolvedUrls!.local[0]!;
}, 60_000);
afterAll(async () => {
  await server?.close();
  project.cleanup();
});

const get = async (p: string) => (await fetch(new URL(p, base))).text();
async function until(what: string, test: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it('shows a theme save that follows the previous one within the watcher\'s throttle', async () => {
  // the watcher is ready once an edit shows (saved again every 300 ms until then)
  let polls = 0;
  let shade = 0;
  await until('the watcher', async () => {
    if (polls++ % 60 === 0) writeFileSync(themeFile, `extends: pytorch\ncolors:\n  accent: "#00aa7${++shade % 10}"\n`);
    return (await get('/@podium/theme.css?deck=quick-theme')).includes(`--podium-accent: #00aa7${shade % 10}`);
  }, 20_000);
  for (const good of ['#ff7a45', '#5b8cff', '#118833']) {
    // The bad save's event starts the watcher's 50 ms throttle and a rebuild 25 ms later; the good save comes
    // after that rebuild read the file, inside the throttle: it arrives without an event.
    const saved = new Promise<void>((resolve) => {
      const onChange = (file: string) => {
        if (file !== themeFile) return;
        server.watcher.off('change', onChange);
        setTimeout(() => { writeFileSync(themeFile, `extends: pytorch\ncolors:\n  accent: "${good}"\n`); resolve(); }, 35);
      };
      server.watcher.on('change', onChange);
    });
    writeFileSync(themeFile, 'extends: pytorch\ncolors:\n  accent: "#3366fg"\n');
    await saved;
    await until(`the deck with accent ${good}`, async () => (await get('/@podium/theme.css?deck=quick-theme')).includes(`--podium-accent: ${good}`)
      && (await get('/quick-theme/')).includes('data-podium-slide'));
  }
  expect(await get('/quick-theme/')).not.toContain('is not a colour');
}, 60_000);
