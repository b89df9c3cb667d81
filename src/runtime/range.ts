// Slide ranges like "3-7,10" (1-based, inclusive). Pure: used by the CLI to validate and by the page to select.

/** Returns the sorted slide numbers, or a message saying what is wrong. */
export function parseRange(spec: string, total: number): number[] | string {
  const picked = new Set<number>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) return `"${part}" is not a slide number or a range like 3-7`;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b > total || a > b) return `"${part}" is outside slides 1-${total}`;
    for (let n = a; n <= b; n++) picked.add(n);
  }
  return [...picked].sort((x, y) => x - y);
}
