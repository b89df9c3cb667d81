// Stage 3 — validate: plain data → typed Deck, or every problem at once with its file:line:col.
// Pure: which layouts exist is passed in, nothing is read here.
import type { z } from 'zod';
import { DeckError, type Position, type Problem } from '../errors.ts';
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
}

export interface Deck extends DeckMeta {
  slides: Slide[];
}

export interface Known { layouts: readonly string[]; themes: readonly string[] }

export function validateDeck(parsed: ParsedYaml, { layouts, themes }: Known): Deck {
  const problems: Problem[] = [];
  const report = (path: PathKey[], message: string, hint?: string, key = false) =>
    problems.push({ ...parsed.locate(path, { key }), message, hint, source: parsed.text });

  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    report([], 'deck.yaml must be a mapping with title and slides', 'start from `podium new <name>`');
    throw new DeckError(problems);
  }
  const top = deckSchema.safeParse(parsed.data);
  if (!top.success) collectIssues(top.error.issues, [], parsed.data, deckSchema, '', report);

  const theme = (parsed.data as { theme?: unknown }).theme ?? DEFAULT_THEME;
  if (typeof theme === 'string' && !themes.includes(theme)) {
    report(['theme'], `theme: unknown theme "${theme}"${didYouMean(theme, themes)}`, `known themes: ${themes.join(', ')}`);
  }
  const rawSlides = (parsed.data as { slides?: unknown }).slides;
  const slides: Slide[] = [];
  if (Array.isArray(rawSlides) && rawSlides.length <= MAX_SLIDES) { // beyond, the one problem is the count
    rawSlides.forEach((raw, i) => {
      const path: PathKey[] = ['slides', i];
      const slide = validateSlide(raw, i + 1, path, layouts, report);
      if (slide) slides.push({ ...slide, pos: parsed.locate(path) });
    });
  }
  if (problems.length || !top.success) throw new DeckError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return { ...top.data, slides } as Deck;
}

function validateSlide(raw: unknown, n: number, path: PathKey[], layouts: readonly string[], report: Report) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(path, `slide ${n}: must be a mapping with a layout`); return undefined;
  }
  const layout = (raw as { layout?: unknown }).layout;
  if (typeof layout !== 'string') {
    report(path, `slide ${n}: layout is required`, `known layouts: ${layouts.join(', ')}`); return undefined;
  }
  if (!layouts.includes(layout)) {
    report([...path, 'layout'], `slide ${n}: unknown layout "${layout}"${didYouMean(layout, layouts)}`,
      `known layouts: ${layouts.join(', ')}`);
    return undefined;
  }
  const schema: z.ZodObject = layout in layoutSchemas ? layoutSchemas[layout as LayoutName] : customLayoutSchema;
  const result = schema.safeParse(raw);
  if (!result.success) {
    collectIssues(result.error.issues, path, raw, schema, `slide ${n} (${layout}): `, report);
    return undefined;
  }
  return { number: n, layout, data: result.data as SlideData, path };
}
