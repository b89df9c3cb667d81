// argv → command. Prints DeckError cleanly; exit codes: 0 ok, 1 bad input, 2 usage. Real bugs keep their stack.
// Heavy modules (vite, puppeteer) load inside the actions, so `podium --help` starts fast.
import { cac } from 'cac';
import { formatDeckError, isDeckError } from './errors.ts';

type ExportFlagsIn = { out?: string; fragments?: boolean; notes?: boolean; range?: string; timeout?: string; perPage?: string; paper?: string; lines?: boolean; scale?: string; og?: boolean; pptx?: boolean; png?: boolean };

const cli = cac('podium');
const color = Boolean(process.stderr.isTTY);
const rel = (p: string) => (p.startsWith(process.cwd()) ? `.${p.slice(process.cwd().length)}` : p);

/** `[deck]`, or every deck under slides/ with --all. */
async function targets(deck: string | undefined, all: boolean | undefined): Promise<(string | undefined)[]> {
  if (!all) return [deck];
  const { listDecks } = await import('./content/decks.ts');
  const { fail } = await import('./errors.ts');
  if (deck) fail('give a deck or --all, not both', undefined);
  const decks = listDecks();
  return decks.length ? decks : fail('--all: no decks under slides/', undefined, 'run `podium new <name>`');
}

cli.command('build [deck]', 'Build a deck into a static site (dist/<deck>/index.html)')
  .option('--out <dir>', 'Output folder (default: dist/<deck>)')
  .option('--all', 'Build every deck under slides/')
  .option('--strict', 'Theme warnings (text contrast below WCAG AA) are errors')
  .option('--og', 'Social-card meta (og:title, og:description, og:image): shoots og.png of the first slide in Chromium')
  .example('podium build pytorch-lessons')
  .action(async (deck: string | undefined, o: { out?: string; all?: boolean; strict?: boolean; og?: boolean }) => {
    const { build } = await import('./pipeline.ts');
    for (const d of await targets(deck, o.all)) {
      const t = performance.now();
      const { outDir, prepared } = await build(d, { out: o.all ? undefined : o.out, strict: o.strict, og: o.og });
      console.log(`built ${prepared.deck.slides.length} slides → ${rel(outDir)}/index.html (${Math.round(performance.now() - t)} ms)`);
      const og = await (await import('./commands/og.ts')).ogAfterBuild(prepared.deck, outDir, o.og);
      if (og) console.log(`wrote ${rel(og)} (og:image)`);
    }
  });

cli.command('dev [deck]', 'Serve a deck with live reload (Vite), on 127.0.0.1 by default')
  .option('--port <n>', 'Port (default: 3030, or the next free one)')
  .option('--host <host>', 'Address to bind; anything but localhost exposes the deck to the network')
  .action(async (deck: string | undefined, o: { port?: number | string; host?: string }) => {
    const port = o.port === undefined ? undefined : Number(o.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
      const { DeckError } = await import('./errors.ts');
      throw new DeckError({ message: `--port must be a whole number from 1 to 65535, got "${o.port}"` }, 2);
    }
    const { startDevServer } = await import('./vite/server.ts');
    const server = await startDevServer({ deck, port, host: o.host });
    server.printUrls();
  });

cli.command('new <name>', 'Scaffold slides/<name>/deck.yaml with one slide of each layout')
  .action(async (name: string) => {
    const { scaffoldDeck } = await import('./content/scaffold.ts');
    const file = scaffoldDeck(name);
    console.log(`created ${rel(file)} — run: npm run dev -- ${name}`);
  });

const exportCommand = (name: string, what: string, pdf: boolean, handout: boolean) => {
  const c = cli.command(`${name} [deck]`, what).option('--out <dir>', 'Output folder (default: dist/<deck>)');
  if (pdf) {
    c.option('--fragments', 'One page per fragment step (pages labelled 5a, 5b …); default: each slide\'s final state')
      .option('--range <slides>', 'Only these slides, e.g. 3-7,10');
    if (name !== 'png') c.option('--notes', 'Speaker notes on a page after each slide');
  }
  if (name === 'export') c.option('--pptx', 'Also the editable PowerPoint file (dist/<deck>/<deck>.pptx)').option('--png', 'Also one PNG per slide (dist/<deck>/png/)');
  if (name === 'export' || name === 'png') {
    c.option('--scale <n>', 'PNG: 1 (1920 px wide) or 2 (3840 px); default: 1')
      .option('--og', 'Social-card meta in index.html (og:title, og:description, og:image = og.png of the first slide)');
  }
  if (handout) {
    c.option('--per-page <n>', 'Handout: slides per page, 1|2|3|4|6 (default: 3)')
      .option('--paper <size>', 'Handout: a4|letter, portrait (default: a4)')
      .option('--lines', 'Handout: ruled lines for the audience\'s notes instead of the speaker notes');
  }
  c.option('--timeout <seconds>', 'Limit for the whole export (default: 60)')
    .option('--all', 'Every deck under slides/, with one browser launch')
    .option('--strict', 'Theme warnings (text contrast below WCAG AA) are errors')
    .action(async (deck: string | undefined, flags: ExportFlagsIn & { all?: boolean; strict?: boolean }) => {
      const { runExports } = await import('./export/export.ts');
      const { formatBytes } = await import('./export/progress.ts');
      const decks = await targets(deck, flags.all);
      const results = await runExports(decks.map((d) => ({ deck: d, out: flags.all ? undefined : flags.out, pdf: pdf && name !== 'png', handout, png: name === 'png' || Boolean(flags.png), pptx: Boolean(flags.pptx), flags })));
      for (const r of results) {
        for (const f of [r.pdf, r.handout]) if (f) console.log(`wrote ${rel(f.file)} (${f.pages} pages, ${formatBytes(f.bytes)})`);
        if (r.png) console.log(`wrote ${r.png.files.length} PNGs (${r.png.width}×${r.png.height}) → ${rel(r.png.dir)}/`);
        if (r.og) console.log(`wrote ${rel(r.og)} (og:image)`);
        if (r.pptx) console.log(`wrote ${rel(r.pptx.file)} (${r.pptx.slides} slides, ${formatBytes(r.pptx.bytes)}); ${(await import('./commands/pptx.ts')).fontsMessage(r.pptx.fonts)}`);
        console.log(`${name}: ${r.slides} slides in ${r.seconds.toFixed(1)} s → ${rel(r.outDir)}/`);
      }
    });
};
exportCommand('pdf', 'Export the slides PDF (dist/<deck>/<deck>.pdf)', true, false);
exportCommand('handout', 'Export the handout PDF: slides beside notes, N per page (dist/<deck>/<deck>-handout.pdf)', false, true);
exportCommand('export', 'Build the site, the slides PDF and the handout with one browser launch', true, true);
exportCommand('png', 'Export one PNG per slide (dist/<deck>/png/01.png …), or per fragment step with --fragments', true, false);

cli.command('pptx [deck]', 'Export an editable PowerPoint file (dist/<deck>/<deck>.pptx): master and layouts from the theme, real placeholders, bullets, notes; no browser')
  .option('--out <dir>', 'Output folder (default: dist/<deck>)')
  .option('--all', 'Every deck under slides/')
  .option('--strict', 'Theme warnings (text contrast below WCAG AA) are errors')
  .action(async (deck: string | undefined, o: { out?: string; all?: boolean; strict?: boolean }) => {
    const { pptxCommand, fontsMessage } = await import('./commands/pptx.ts');
    const { formatBytes } = await import('./export/progress.ts');
    for (const d of await targets(deck, o.all)) {
      const r = await pptxCommand(d, { out: o.all ? undefined : o.out, strict: o.strict });
      console.log(`wrote ${rel(r.file)} (${r.slides} slides, ${formatBytes(r.bytes)}, ${Math.round(r.ms)} ms)${r.converted ? ` — ${r.converted} image(s) converted to PNG` : ''}`);
      console.log(fontsMessage(r.fonts));
    }
  });

cli.command('check [deck]', 'Render the deck in Chromium and report overflow, missing assets, unreadable text, missing alt text or notes, and the talk\'s length')
  .option('--json', 'Print the report as JSON (schema: src/check/findings.ts, version 1)')
  .option('--strict', 'Exit 1 on warnings too')
  .option('--timeout <seconds>', 'Limit for rendering the deck (default: 60)')
  .action(async (deck: string | undefined, o: { json?: boolean; strict?: boolean; timeout?: string }) => {
    const { checkDeck, checkExitCode } = await import('./check/check.ts');
    const { formatReport } = await import('./check/report.ts');
    const { timeoutMs } = await import('./export/options.ts');
    const report = await checkDeck(deck, { timeout: timeoutMs({ timeout: o.timeout }) });
    console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report, Boolean(process.stdout.isTTY)));
    process.exitCode = checkExitCode(report, Boolean(o.strict));
  });

cli.command('theme <action> [name]', 'Themes: `theme new <name>` scaffolds a commented templates/themes/<name>/theme.yaml')
  .option('--extends <theme>', 'The theme it starts from (default: pytorch)')
  .option('--deck <deck>', 'Write the deck\'s own theme instead: slides/<deck>/theme/theme.yaml')
  .example('podium theme new acme --extends workshop')
  .action(async (action: string, name: string | undefined, o: { extends?: string; deck?: string }) => {
    const { DeckError } = await import('./errors.ts');
    if (action !== 'new' || !name) throw new DeckError({ message: action !== 'new' ? `theme: unknown action "${action}"; use \`podium theme new <name>\`` : 'theme new: give the theme a name' }, 2);
    const { scaffoldTheme } = await import('./theme/scaffold.ts');
    const file = scaffoldTheme(name, { extends: o.extends === undefined ? undefined : String(o.extends), deck: o.deck });
    console.log(`created ${rel(file)} — ${o.deck ? 'this deck now uses it' : `use it with \`theme: ${name}\` in deck.yaml`}; compare with: podium themes ${o.deck ?? '<deck>'}`);
  });

cli.command('themes [deck]', 'Show the deck\'s first slides in every theme, side by side (dist/themes/index.html)')
  .option('--out <dir>', 'Output folder (default: dist/themes)')
  .option('--slides <n>', 'How many of the first slides (default: 3)')
  .option('--png', 'Also a PNG contact sheet (themes.png), shot in Chromium')
  .action(async (deck: string | undefined, o: { out?: string; slides?: string; png?: boolean }) => {
    const { buildGallery } = await import('./theme/gallery.ts');
    const r = await buildGallery(deck, { out: o.out, slides: o.slides === undefined ? undefined : Number(o.slides), png: o.png });
    console.log(`${r.themes.length} themes → ${rel(r.file)}${r.png ? ` and ${rel(r.png)}` : ''}`);
  });

cli.help();
cli.version('0.1.0');

export async function main(argv = process.argv): Promise<void> {
  try {
    cli.parse(argv, { run: false });
    if (!cli.matchedCommand && cli.args.length) {
      console.error(`podium: unknown command "${cli.args[0]}" — see podium --help`);
      process.exitCode = 2; return;
    }
    if (!cli.matchedCommand && !cli.options.help && !cli.options.version) { cli.outputHelp(); return; }
    await cli.runMatchedCommand();
  } catch (e) {
    if (isDeckError(e)) {
      console.error(formatDeckError(e, color));
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && e.name === 'CACError') {
      console.error(`podium: ${e.message} — see podium --help`);
      process.exitCode = 2;
    } else {
      throw e;
    }
  }
}
