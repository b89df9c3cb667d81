// Code in the PowerPoint export: tokens coloured as the deck does, highlighted lines marked.
import { describe, expect, it } from 'vitest';
import { codeLines } from '../../../../src/export/pptx/code-runs.ts';

describe('code runs', () => {
  it('colours tokens as the deck does and marks highlighted lines', () => {
    const lines = codeLines('def f():\n    return "x"  # c\n', 'python', '2');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.runs[0]).toEqual({ text: 'def', color: 'accent' });
    expect(lines[1]!.runs.find((r) => r.text === '"x"')?.color).toBe('accent-2');
    expect(lines[1]!.runs.find((r) => r.text.includes('# c'))).toMatchObject({ color: 'muted', italic: true });
    expect(lines.map((l) => [l.marked, l.dimmed])).toEqual([[false, true], [true, false]]);
  });
});
