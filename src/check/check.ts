// `podium check`: validate (as the build does), render the deck in Chromium at its real size, and report
// what would break the talk: overflow, clipped text, collisions, missing assets and glyphs, unreadable text,
// missing alt/titles, notes, timing (the page side: audit-run.ts).
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withBrowser, withPage } from '../browser/browser.ts';
import { Deadline, waitForAssets, waitInPage, withinDeadline } from '../export/ready.ts';
import { build } from '../pipeline.ts';
import { safeDecode } from '../content/resolve.ts';
import { SLIDE_SIZE } from '../render/render.ts';
import { auditPage, type PageAudit } from './audit-run.ts';
import { authoringFindings, estimateMinutes } from './authoring.ts';
import { severityOf, type CheckReport, type Finding } from './findings.ts';

export interface CheckOptions { root?: string; timeout?: number; minFontPx?: number }

export async function checkDeck(deckArg: string | undefined, o: CheckOptions = {}): Promise<CheckReport> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'podium-check-'));
  try {
    const { outDir, prepared } = await build(deckArg, { root: o.root, out: path.join(tmp, 'site') });
    const { deck, source } = prepared;
    const audit = await withBrowser((browser) => withPage(browser, async (page): Promise<PageAudit> => {
      await page.setViewport(SLIDE_SIZE[deck.aspect]);
      const deadline = new Deadline(o.timeout ?? 60_000);
      await withinDeadline(page, deadline, (timeout) => page.goto(pathToFileURL(path.join(outDir, 'index.html')).href, { waitUntil: 'domcontentloaded', timeout }), 'the deck page never finished loading');
      await waitInPage(page, 'document.documentElement.dataset.podiumReady === "true"', deadline, 'reveal.js never became ready');
      await waitForAssets(page, deadline);
      // Load every bundled face now: hidden slides would otherwise load theirs only when shown.
      await withinDeadline(page, deadline, (timeout) => page.waitForFunction(() => Promise.allSettled([...document.fonts].map((f) => f.load())).then(() => true), { timeout }), 'fonts never finished loading');
      return auditPage(page, SLIDE_SIZE[deck.aspect], o.minFontPx ?? 20);
    }));
    const ids = new Set(deck.slides.map((s) => s.data.id).filter(Boolean));
    const linkFindings: Finding[] = audit.links.flatMap(({ slide, href }) => {
      if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(href)) return [];
      const anchor = /^#\/?([^/]+)$/.exec(href)?.[1];
      if (href.startsWith('#')) return anchor && !/^\d+$/.test(anchor) && !ids.has(anchor) ? [{ rule: 'link' as const, severity: severityOf('link'), slide, message: `link ${href} points to no slide id` }] : [];
      const file = path.join(outDir, safeDecode(href.split(/[?#]/)[0]!));
      return existsSync(file) ? [] : [{ rule: 'link' as const, severity: severityOf('link'), slide, message: `link ${href} points to a file that does not exist` }];
    });
    const findings: Finding[] = [
      ...audit.findings.map((f) => ({ ...f, severity: severityOf(f.rule) })),
      ...linkFindings,
      ...authoringFindings(deck.slides, deck.duration),
    ].sort((a, b) => a.slide - b.slide || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    return {
      version: 1,
      deck: deck.name,
      file: source.displayFile,
      slides: deck.slides.map((s) => ({ number: s.number, id: typeof s.data.id === 'string' ? s.data.id : undefined, layout: s.layout, line: s.pos.line })),
      findings,
      summary: {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        slides: deck.slides.length,
        estimatedMinutes: Math.round(estimateMinutes(deck.slides) * 10) / 10,
        durationMinutes: deck.duration,
      },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Exit code: 1 with errors, or with warnings under --strict; else 0. */
export function checkExitCode(r: CheckReport, strict: boolean): number {
  return r.summary.errors > 0 || (strict && r.summary.warnings > 0) ? 1 : 0;
}
