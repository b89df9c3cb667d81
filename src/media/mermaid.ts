// Mermaid in Chromium: one page of our own (no network, nothing but mermaid's browser bundle and the
// theme's fonts as data: URLs), kept while its owner wants it — for one build, or warm for the dev server.
// The browser comes from src/browser/browser.ts, the one owner of Chromium.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';

export interface DiagramOutput { svg?: string; width?: number; height?: number; error?: string; line?: number }

const require = createRequire(import.meta.url);
export const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
/** Longest a batch of diagrams may take before the build gives up on it. */
const RENDER_TIMEOUT_MS = 60_000;

export class MermaidSession {
  private page?: Promise<Page>;
  constructor(private readonly browser: () => Promise<Browser>) {}

  private open(): Promise<Page> {
    this.page ??= (async () => {
      const page = await (await this.browser()).newPage();
      await page.evaluateOnNewDocument('globalThis.__name ??= (f) => f'); // tsx's keep-names helper
      await page.setJavaScriptEnabled(true);
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"><style id="fonts"></style></head><body></body></html>');
      await page.addScriptTag({ path: MERMAID_BUNDLE });
      return page;
    })();
    this.page.catch(() => { this.page = undefined; });
    return this.page;
  }

  /** Launch and load mermaid now, so the first diagram to draw does not wait for it. */
  warm(): void { this.open().catch(() => undefined); }

  /** Draw each source; a source mermaid rejects comes back with its message (and line, when it says one). */
  async render(items: ReadonlyArray<{ id: string; source: string }>, config: Record<string, unknown>, fontCss: string, allowHtml: boolean): Promise<DiagramOutput[]> {
    const page = await this.open();
    const work = page.evaluate(draw, items.map((i) => ({ ...i })), config, fontCss, allowHtml);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`mermaid took longer than ${RENDER_TIMEOUT_MS / 1000} s`)), RENDER_TIMEOUT_MS); });
    try {
      return await Promise.race([work, timeout]);
    } catch (e) {
      void this.close(); // the page may be stuck: start from a fresh one next time
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const page = this.page;
    this.page = undefined;
    if (page) await page.then((p) => p.close(), () => undefined).catch(() => undefined);
  }
}

/** Runs in the page. */
async function draw(items: Array<{ id: string; source: string }>, config: Record<string, unknown>, fontCss: string, allowHtml: boolean): Promise<DiagramOutput[]> {
  type Mermaid = { initialize(c: unknown): void; parse(s: string): Promise<unknown>; render(id: string, s: string): Promise<{ svg: string }> };
  const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
  document.getElementById('fonts')!.textContent = fontCss;
  const family = String((config.themeVariables as { fontFamily?: string }).fontFamily ?? 'sans-serif');
  await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 20px ${family}`)));
  mermaid.initialize(config);
  const out: DiagramOutput[] = [];
  for (const { id, source } of items) {
    try {
      await mermaid.parse(source);
      const { svg } = await mermaid.render(id, source);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      // Inert whatever got through: scripts, event handlers, javascript: links; HTML only when allowed.
      for (const el of [...root.querySelectorAll('script')]) el.remove();
      if (!allowHtml) for (const el of [...root.querySelectorAll('foreignObject')]) el.remove();
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const a of [...el.attributes]) {
          if (/^on/i.test(a.name) || (/href$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))) el.removeAttribute(a.name);
        }
      }
      const [, , w = 0, h = 0] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      root.removeAttribute('width');
      root.removeAttribute('height');
      root.removeAttribute('style');
      out.push({ svg: new XMLSerializer().serializeToString(root), width: w, height: h });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const line = /on line (\d+)/.exec(message)?.[1];
      out.push({ error: message, line: line ? Number(line) : undefined });
    } finally {
      document.getElementById(id)?.remove();
      document.getElementById(`d${id}`)?.remove();
    }
  }
  return out;
}
