// What the media stage hands to rendering: per slide, the SVG of its diagram or chart layout and the SVGs
// of the ```mermaid blocks in its Markdown fields (keyed by the block's text). Pure data: render inlines it.
import type { Position } from '../errors.ts';

export interface SlideMedia {
  /** the `diagram` or `chart` layout's picture */
  svg?: string;
  /** ```mermaid fenced blocks in the slide's Markdown fields: block text → SVG */
  fences?: Record<string, string>;
}

/** Carried on the deck from the media stage to render (slide number → its media). */
export interface WithMedia { media?: Record<number, SlideMedia> }

/** A place in deck.yaml with the text for the code frame. */
export type At = Position & { source: string };

export interface DiagramJob {
  kind: 'mermaid';
  slide: number;
  /** "slide 4 (diagram): mermaid" — how messages name it */
  label: string;
  source: string;
  /** the fenced block's text, when it came from a Markdown field */
  fence?: string;
  /** position of the diagram's first line in deck.yaml (mermaid's line n is firstLine + n - 1) */
  at: At;
}

export interface ChartJob {
  kind: 'chart';
  slide: number;
  label: string;
  spec: Record<string, unknown>;
  /** inline rows, or a file inside the deck folder (deck-relative, checked by resolve) */
  data: Array<Record<string, unknown>> | { file: string };
  /** positions: the slide, its `chart`, its `data`, and any path inside them */
  locate: (path: Array<string | number>) => At;
}

export type MediaJob = DiagramJob | ChartJob;
