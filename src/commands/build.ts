// `podium build [deck] [--all]`: the static site, dist/<deck>/index.html.
import { build } from '../pipeline.ts';
import { rel, targets } from './targets.ts';

export interface BuildFlags { out?: string; all?: boolean; strict?: boolean; og?: boolean; force?: boolean }

/** `workerEntry`: the CLI's compiled module, which `build --all` starts its worker threads from. */
export async function buildCommand(deck: string | undefined, o: BuildFlags, workerEntry?: string): Promise<void> {
  if (o.all) {
    targets(deck, true); // a deck and --all together is a usage error
    return (await import('./build-all.ts')).buildAll(o, process.cwd(), workerEntry);
  }
  for (const d of targets(deck, o.all)) {
    const t = performance.now();
    const { outDir, prepared } = await build(d, { out: o.all ? undefined : o.out, strict: o.strict, og: o.og });
    console.log(`built ${prepared.deck.slides.length} slides → ${rel(outDir)}/index.html (${Math.round(performance.now() - t)} ms)`);
    const og = await (await import('./og.ts')).ogAfterBuild(prepared.deck, outDir, o.og);
    if (og) console.log(`wrote ${rel(og)} (og:image)`);
  }
}
