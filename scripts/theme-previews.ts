// Regenerates templates/themes/<name>/preview.png (the README's screenshots): the PyTorch talk's first
// cards slide in each built-in theme, 960×540. Run after changing a theme:
//   node --import tsx scripts/theme-previews.ts
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { withBrowser, withPage } from '../src/browser/browser.ts';
import { build } from '../src/pipeline.ts';
import { themeDir, themeNames } from '../src/theme/themes.ts';
import { PYTORCH, tempProject } from '../tests/support/decks.ts';

const slide = (readFileSync(path.join(PYTORCH, 'deck.yaml'), 'utf8').match(/^ {2}- layout: (\S+)/gm) ?? []).findIndex((l) => l.endsWith('cards'));

await withBrowser(async (browser) => {
  for (const name of themeNames()) {
    const project = tempProject(PYTORCH, `preview-${name}`);
    try {
      const yaml = path.join(project.deckDir, 'deck.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^theme: .*$/m, `theme: ${name}`));
      const { outDir } = await build(project.deckDir, { out: path.join(project.root, 'out') });
      const png = await withPage(browser, async (page) => {
        await page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 0.5 });
        await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href);
        await page.waitForFunction('document.documentElement.dataset.podiumReady === "true"');
        await page.evaluate(`Reveal.configure({ controls: false, progress: false, transition: 'none' }); Reveal.slide(${slide}, 0, 99); document.fonts.ready`);
        await new Promise((r) => setTimeout(r, 300));
        return page.screenshot({ type: 'png' });
      });
      const file = path.join(themeDir(name), 'preview.png');
      writeFileSync(file, png);
      console.log(`${path.relative(process.cwd(), file)} (${Math.round(png.length / 1024)} KB)`);
    } finally {
      project.cleanup();
      rmSync(path.join(project.root, 'out'), { recursive: true, force: true });
    }
  }
});
