// Validation after a one-slide re-parse (src/util/yaml-splice.ts): the slides whose parsed objects were kept
// are not validated again, yet every problem — of the edited slide or of one that only became invalid because
// the known layouts changed — is reported at the position a full parse gives.
import { describe, expect, it } from 'vitest';
import { builtinLayouts } from '../../../src/content/schema.ts';
import { validateDeck } from '../../../src/content/validate.ts';
import { incrementalParser } from '../../../src/util/yaml-splice.ts';
import { parseYaml } from '../../../src/util/yaml.ts';
import { brief, lines, problemsOf } from '../_support.ts';

const known = { layouts: builtinLayouts, themes: ['pytorch'] };
const TEXT = lines(
  'title: Talk',
  'slides:',
  '  - layout: title',
  '    title: Hello',
  '  - layout: bullets',
  '    title: Points',
  '    items: [a, b]',
  '  - layout: section',
  '    title: Part 2',
);

describe('validateDeck after a one-slide re-parse', () => {
  it('gives the kept slides their earlier valid data, and validates the edited one', () => {
    const parse = incrementalParser();
    const first = validateDeck(parse(TEXT, 'deck.yaml'), known);
    const next = validateDeck(parse(TEXT.replace('title: Points', 'title: Edited'), 'deck.yaml'), known);
    expect(next.slides.map((s) => s.data === first.slides[s.number - 1]!.data)).toEqual([true, false, true]);
    expect(next.slides[1]!.data).toMatchObject({ title: 'Edited', items: ['a', 'b'] });
    expect(next.slides[2]!.pos).toMatchObject({ line: 8, column: 5 });
  });

  it('reports a problem in the edited slide, and positions below an edit that added lines, as a full parse does', () => {
    const parse = incrementalParser();
    validateDeck(parse(TEXT, 'deck.yaml'), known);
    const bad = TEXT.replace('    title: Hello\n', '    title: Hello\n    subtitle: Sub\n    itmes: [x]\n');
    const spliced = problemsOf(() => validateDeck(parse(bad, 'deck.yaml'), known)).map(brief);
    expect(spliced).toEqual(problemsOf(() => validateDeck(parseYaml(bad, 'deck.yaml'), known)).map(brief));
    expect(spliced[0]).toMatchObject({ line: 6, column: 5 });
    const fixed = validateDeck(parse(bad.replace('    itmes: [x]\n', ''), 'deck.yaml'), known);
    expect(fixed.slides.map((s) => s.pos.line)).toEqual([3, 6, 9]);
  });

  it('checks a kept slide again when the known layouts change', () => {
    const parsed = parseYaml(TEXT, 'deck.yaml');
    validateDeck(parsed, known);
    const problems = problemsOf(() => validateDeck(parsed, { ...known, layouts: builtinLayouts.filter((l) => l !== 'section') }));
    expect(problems.map(brief)).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/unknown layout "section"/) })]);
  });
});
