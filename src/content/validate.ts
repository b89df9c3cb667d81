// Stage 3 — validate: plain data → typed Deck, or every problem at once with its file:line:col.
// Pure: which layouts exist is passed in, nothing is read here.
import type { z } from 'zod';
import type { Position } from '../errors.ts';
import { collecting, type Problems } from '../util/problems.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { collectIssues, type Report } from '../util/schema-issues.ts';
import { customLayoutSchema, deckSchema, layoutSchemas, MAX_SLIDES, type DeckMeta, type LayoutName, type SlideData } from './schema.ts';
import { didYouMean } from '../util/suggest.ts';
import { DEFAULT_THEME } from '../theme/themes.ts';

export interface Slide {
  /** 1-based, as the user counts */
  number: number;
  layout: string;
  data: SlideData;
  pos: Position;
  /** path of this slide inside deck.yaml, for locating its fields */
  path: PathKey[];
  /** the Markdown file `body` was read from (display path), once resolved */
  bodyFile?: string;
}

export interface Deck extends DeckMeta {
  slides: Slide[];
}

export interface Known { layouts: readonly string[]; themes: readonly string[] }

/** deck.yaml's data → a typed Deck, or a DeckError listing every problem in line order. */
export function validateDeck(parsed: ParsedYaml, known: Known): Deck {
  return collecting((problems) => checkDeck(parsed, known, problems), parsed.file);
}

/**
 * Validates deck.yaml's data, adding every problem to `problems`, and returns the deck as far as it goes: a
 * slide whose fields failed keeps them as written, so the next stages still check its files (images,
 * bodies). The deck is valid only when no problem was added.
 */
export function checkDeck(parsed: ParsedYaml, { layouts, themes }: Known, problems: Problems): Deck {
  const report = (path: PathKey[], message: string, hint?: string, key = false) =>
    problems.add({ ...parsed.locate(path, { key }), message, hint, source: parsed.text });

  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    report([], 'deck.yaml must be a mapping with title and slides', 'start from `podium new <name>`');
    return { allowHtml: false, allowRemote: false, slides: [] } as unknown as Deck; // nothing more to check
  }
  const raw = parsed.data as Record<string, unknown>;
  const top = deckSchema.safeParse(raw);
  if (!top.success) collectIssues(top.error.issues, [], raw, deckSchema, '', report);

  const theme = raw.theme ?? DEFAULT_THEME;
  if (typeof theme === 'string' && !themes.includes(theme)) {
    report(['theme'], `theme: unknown theme "${theme}"${didYouMean(theme, themes)}`, `known themes: ${themes.join(', ')}`);
  }
  const rawSlides = raw.slides;
  const slides: Slide[] = [];
  const known = layouts.join('\n');
  if (Array.isArray(rawSlides) && rawSlides.length <= MAX_SLIDES) { // beyond, the one problem is the count
    rawSlides.forEach((item, i) => {
      const path: PathKey[] = ['slides', i];
      const slide = validateSlide(item, i + 1, path, { layouts, known }, report);
      if (slide) slides.push({ ...slide, pos: parsed.locate(path) });
    });
  }
  // Settings the next stages read, as written when the deck's own fields failed.
  const meta = top.success ? top.data : { ...raw, allowHtml: raw.allowHtml === true, allowRemote: raw.allowRemote === true };
  return { ...meta, slides } as Deck;
}

/**
 * A slide's mapping as parsed → its valid data, for mappings validated before. The dev server re-parses only
 * the slide an edit touched and keeps the other slides' objects (src/util/yaml-splice.ts), so only that slide
 * is validated again. Only valid slides are remembered: a problem's position depends on the rest of the file.
 */
const valid = new WeakMap<object, { known: string; data: SlideData }>();

function validateSlide(raw: unknown, n: number, path: PathKey[], { layouts, known }: { layouts: readonly string[]; known: string }, report: Report) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(path, `slide ${n}: must be a mapping with a layout`); return undefined;
  }
  const layout = (raw as { layout?: unknown }).layout;
  if (typeof layout !== 'string') {
    report(path, `slide ${n}: layout is required`, `known layouts: ${layouts.join(', ')}`); return undefined;
  }
  const asWritten = { number: n, layout, data: raw as SlideData, path }; // its files are still checked
  if (!layouts.includes(layout)) {
    report([...path, 'layout'], `slide ${n}: unknown layout "${layout}"${didYouMean(layout, layouts)}`,
      `known layouts: ${layouts.join(', ')}`);
    return asWritten;
  }
  const hit = valid.get(raw);
  if (hit?.known === known) return { number: n, layout, data: hit.data, path };
  const schema: z.ZodObject = layout in layoutSchemas ? layoutSchemas[layout as LayoutName] : customLayoutSchema;
  const result = schema.safeParse(raw);
  if (!result.success) {
    collectIssues(result.error.issues, path, raw, schema, `slide ${n} (${layout}): `, report);
    return asWritten;
  }
  valid.set(raw, { known, data: result.data as SlideData });
  return { number: n, layout, data: result.data as SlideData, path };
}
