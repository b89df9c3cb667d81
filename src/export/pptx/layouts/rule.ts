// A layout rule: which slide layout (family) of the master a Podium layout uses, and how its fields become
// objects. One file per layout, listed in index.ts — like markdown-it's rules.
import type { Family } from '../master.ts';
import type { SlideContext } from '../draw.ts';

export interface LayoutRule<D = Record<string, unknown>> {
  family: Family | ((data: D) => Family);
  render(data: D, c: SlideContext): void;
}

export const rule = <D>(r: LayoutRule<D>): LayoutRule => r as unknown as LayoutRule;
