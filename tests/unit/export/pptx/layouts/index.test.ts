// The PowerPoint export's layout-rule lookup.
import { describe, expect, it } from 'vitest';
import { builtinLayouts } from '../../../../../src/content/schema.ts';
import { fallback, ruleFor, RULES } from '../../../../../src/export/pptx/layouts/index.ts';

describe('layout rules', () => {
  it('has a rule for every built-in layout and falls back for any other name', () => {
    for (const l of builtinLayouts) expect(RULES[l], l).toBeDefined(); // every layout of the schema is mapped
    expect(builtinLayouts).toEqual(expect.arrayContaining(['gallery', 'stats', 'statement', 'columns']));
    expect(ruleFor('diagram')).toBe(RULES.chart); // both are a picture of the media stage's SVG
    expect(ruleFor('big-number')).toBe(fallback); // a deck's own layout
    expect(ruleFor('constructor')).toBe(fallback);
    expect(ruleFor('__proto__')).toBe(fallback);
  });
});
