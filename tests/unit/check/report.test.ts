// `podium check`'s human output: grouped by slide, one line per finding, a one-line summary.
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../src/check/findings.ts';
import { formatReport } from '../../../src/check/report.ts';

const report = (over: Partial<CheckReport> = {}): CheckReport => ({
  version: 1, deck: 'talk', file: 'slides/talk/deck.yaml',
  slides: [{ number: 1, layout: 'title', line: 3 }, { number: 2, id: 'why', layout: 'bullets', line: 7 }],
  findings: [], summary: { errors: 0, warnings: 0, slides: 2, estimatedMinutes: 1.54 }, ...over,
});

describe('formatReport', () => {
  it('says so when there is nothing to report', () => {
    expect(formatReport(report())).toBe('✔ no problems — 2 slides checked, talk ≈ 1.5 min');
  });

  it('groups findings under their slide (deck-wide ones under "deck"), then counts them', () => {
    const out = formatReport(report({
      findings: [
        { rule: 'overflow', severity: 'error', slide: 2, message: 'li runs off the slide by 12 px' },
        { rule: 'alt', severity: 'warning', slide: 2, message: 'image has no alt text' },
        { rule: 'duration', severity: 'warning', slide: 0, message: 'the talk runs long' },
      ],
      summary: { errors: 1, warnings: 2, slides: 2, estimatedMinutes: 25, durationMinutes: 20 },
    }));
    expect(out.split('\n')).toEqual([
      'slide 2 (bullets) #why  slides/talk/deck.yaml:7',
      '  error   overflow      li runs off the slide by 12 px',
      '  warning alt           image has no alt text',
      'deck',
      '  warning duration      the talk runs long',
      '✖ 1 error, 2 warnings — 2 slides checked, talk ≈ 25 min of 20',
    ]);
  });

  it('colours only when asked', () => {
    const r = report({ findings: [{ rule: 'alt', severity: 'warning', slide: 1, message: 'm' }], summary: { errors: 0, warnings: 1, slides: 2, estimatedMinutes: 2 } });
    expect(formatReport(r)).not.toContain('\x1b[');
    expect(formatReport(r, true)).toContain('\x1b[33m⚠ 1 warning\x1b[0m');
  });
});
