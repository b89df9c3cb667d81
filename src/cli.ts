// argv → command: this file only declares the commands and their flags; each command's work is in
// src/commands/<name>.ts, imported when it runs (so `podium --help` starts fast). Prints DeckError cleanly
// with the exit code of its kind (errors.ts ExitCode); real bugs keep their stack.
import { isMainThread, workerData } from 'node:worker_threads';
import { cac } from 'cac';
import { ExitCode, formatDeckError, isDeckError } from './errors.ts';

const cli = cac('podium');
/** This module, compiled (not through a TypeScript loader): `build --all` starts its worker threads from it. */
const WORKER_ENTRY = /\.m?js$/.test(import.meta.url) ? import.meta.url : undefined;
const color = Boolean(process.stderr.isTTY);
type Command = ReturnType<typeof cli.command>;

/** The options several commands share, worded once. */
const SHARED = {
  out: ['--out <dir>', 'Output folder (default: dist/<deck>)'],
  all: ['--all', 'Every deck under slides/'],
  strict: ['--strict', 'Theme warnings (text contrast below WCAG AA) are errors'],
  force: ['--force', 'Build again even when the inputs did not change (with --all: every deck; pdf and png: the site)'],
  timeout: ['--timeout <seconds>', 'Time limit for the whole command, in seconds (default: 60)'],
} as const;
const shared = (c: Command, ...names: (keyof typeof SHARED)[]): Command => names.reduce((cmd, n) => cmd.option(SHARED[n][0], SHARED[n][1]), c);

shared(cli.command('build [deck]', 'Build a deck into a static site (dist/<deck>/index.html)'), 'out', 'all', 'force', 'strict')
  .option('--og', 'Social-card meta (og:title, og:description, og:image): shoots og.png of the first slide in Chromium')
  .example('podium build my-talk')
  .action(async (deck, o) => (await import('./commands/build.ts')).buildCommand(deck, o, WORKER_ENTRY));

cli.command('dev [deck]', 'Serve a deck with live reload (Vite), on 127.0.0.1 by default')
  .option('--port <n>', 'Port (default: 3030, or the next free one)')
  .option('--host <host>', 'Address to bind; anything but localhost exposes the deck to the network')
  .action(async (deck, o) => (await import('./commands/dev.ts')).devCommand(deck, o));

cli.command('new <name>', 'Scaffold slides/<name>/deck.yaml with one slide of each layout')
  .action(async (name: string) => (await import('./commands/new.ts')).newCommand(name));

const exportCommand = (name: string, what: string, pdf: boolean, handout: boolean) => {
  const c = shared(cli.command(`${name} [deck]`, what), 'out');
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
  if (name !== 'png') c.option('--watch', 'Keep Chromium warm and export again on every save of the deck or its theme (Ctrl-C stops)');
  shared(c, 'timeout', 'all', 'force', 'strict')
    .action(async (deck, flags) => (await import('./commands/export.ts')).exportCommand(name, deck, flags, { pdf, handout }));
};
exportCommand('pdf', 'Export the slides PDF (dist/<deck>/<deck>.pdf)', true, false);
exportCommand('handout', 'Export the handout PDF: slides beside notes, N per page (dist/<deck>/<deck>-handout.pdf)', false, true);
exportCommand('export', 'Build the site, the slides PDF and the handout with one browser launch', true, true);
exportCommand('png', 'Export one PNG per slide (dist/<deck>/png/01.png …), or per fragment step with --fragments', true, false);

shared(cli.command('pptx [deck]', 'Export an editable PowerPoint file (dist/<deck>/<deck>.pptx): master and layouts from the theme, real placeholders, bullets, notes; no browser'), 'out', 'all', 'strict')
  .action(async (deck, o) => (await import('./commands/pptx.ts')).pptxCli(deck, o));

shared(cli.command('check [deck]', 'Render the deck in Chromium and report clipped or colliding text, missing glyphs, overflow, missing assets, unreadable text, missing alt text or notes, and the talk\'s length'), 'timeout')
  .option('--json', 'Print the report as JSON (schema: src/check/findings.ts, version 1)')
  .option('--strict', 'Exit 1 on warnings too')
  .action(async (deck, o) => (await import('./commands/check.ts')).checkCommand(deck, o));

cli.command('theme <action> [name]', 'Themes: `theme new <name>` scaffolds a commented ./themes/<name>/theme.yaml')
  .option('--extends <theme>', 'The theme it starts from (default: pytorch)')
  .option('--deck <deck>', 'Write the deck\'s own theme instead: slides/<deck>/theme/theme.yaml')
  .example('podium theme new acme --extends workshop')
  .action(async (action: string, name, o) => (await import('./commands/theme.ts')).themeCommand(action, name, o));

cli.command('themes [deck]', 'Show the deck\'s first slides in every theme (built-in and ./themes/), side by side (dist/themes/index.html)')
  .option('--out <dir>', 'Output folder (default: dist/themes)')
  .option('--slides <n>', 'How many of the first slides (default: 3)')
  .option('--png', 'Also a PNG contact sheet (themes.png), shot in Chromium')
  .action(async (deck, o) => (await import('./commands/themes.ts')).themesCommand(deck, o));

cli.command('setup', 'Find or install a Chromium for PDF export and check (the same steps as `npm run setup`)')
  .action(async () => (await import('./commands/setup.ts')).setupCommand());

cli.help();
cli.version('0.1.0');

export async function main(argv = process.argv): Promise<void> {
  try {
    cli.parse(argv, { run: false });
    if (!cli.matchedCommand && cli.args.length) {
      console.error(`podium: unknown command "${cli.args[0]}" — see podium --help`);
      process.exitCode = ExitCode.Usage; return;
    }
    if (!cli.matchedCommand && !cli.options.help && !cli.options.version) { cli.outputHelp(); return; }
    await cli.runMatchedCommand();
  } catch (e) {
    if (isDeckError(e)) {
      console.error(formatDeckError(e, color));
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && e.name === 'CACError') {
      console.error(`podium: ${e.message} — see podium --help`);
      process.exitCode = ExitCode.Usage;
    } else {
      throw e;
    }
  }
}

// A worker thread of `build --all` (src/commands/build-all.ts) loads this module too: it serves build jobs.
if (!isMainThread && (workerData as { podiumWorker?: string } | null)?.podiumWorker === 'build') {
  void import('./commands/build-deck.ts').then((m) => m.serveBuildJobs());
}
