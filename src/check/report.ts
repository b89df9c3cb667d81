// Human output of `podium check`: grouped by slide, one line per finding, a one-line summary.
import type { CheckReport, Finding } from './findings.ts';

export function formatReport(r: CheckReport, color = false): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = (f: Finding) => (f.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning'));
  const lines: string[] = [];
  const bySlide = new Map<number, Finding[]>();
  for (const f of r.findings) bySlide.set(f.slide, [...(bySlide.get(f.slide) ?? []), f]);
  for (const [n, list] of bySlide) {
    const s = r.slides[n - 1];
    lines.push(n === 0 ? paint(1, 'deck') : paint(1, `slide ${n} (${s?.layout})${s?.id ? ` #${s.id}` : ''}  ${r.file}:${s?.line}`));
    for (const f of list) lines.push(`  ${sev(f)} ${f.rule.padEnd(13)} ${f.message}`);
  }
  const { errors, warnings, slides, estimatedMinutes, durationMinutes } = r.summary;
  const timing = `talk ≈ ${estimatedMinutes < 10 ? estimatedMinutes.toFixed(1) : estimatedMinutes.toFixed(0)} min${durationMinutes ? ` of ${durationMinutes}` : ''}`;
  const verdict = errors ? paint(31, `✖ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`)
    : warnings ? paint(33, `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`) : paint(32, '✔ no problems');
  lines.push(`${verdict} — ${slides} slides checked, ${timing}`);
  return lines.join('\n');
}
