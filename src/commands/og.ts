// After `podium build`: when the deck sets `og:` or --og is given, the social card og.png (the first slide,
// 1200 px wide) is shot in Chromium next to index.html, whose meta points at it (render/og.ts).
import type { ResolvedDeck } from '../content/resolve.ts';
import { wantsOg } from '../render/og.ts';

export async function ogAfterBuild(deck: ResolvedDeck, outDir: string, flag?: boolean, timeout = 60_000): Promise<string | undefined> {
  if (!wantsOg(deck, flag)) return undefined;
  const { withBrowser } = await import('../browser/browser.ts');
  const { exportOgImage } = await import('../export/png.ts');
  return withBrowser((browser) => exportOgImage(browser, deck, outDir, timeout));
}
