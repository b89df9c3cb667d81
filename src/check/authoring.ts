// Authoring checks that need no browser: notes present and of a speakable length, ids unique, and the
// talk's estimated length against `duration:`. Pure.
import type { Slide } from '../content/validate.ts';
import { severityOf, type Finding } from './findings.ts';

/** Speaking rate used for every estimate (and for the speaker view's pacing timer). */
export const WORDS_PER_MINUTE = 130;
/** A slide with no notes still takes the speaker some time. */
export const SECONDS_WITHOUT_NOTES = 30;
/** Notes longer than this for one slide read as a script, not notes. */
export const MAX_SECONDS_PER_SLIDE = 180;
/** About this many words fill a `pdf --notes` page at its full type size (34 px, measured in Chromium
 * with 40–100-word paragraphs: 195–250); longer notes print smaller, then continue on another page. */
export const NOTES_PAGE_WORDS = 200;

export function wordCount(markdown: string): number {
  return markdown.replace(/[`*_#>[\]()!-]/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
}

export function slideSeconds(slide: Slide): number {
  const notes = typeof slide.data.notes === 'string' ? slide.data.notes : '';
  return notes.trim() ? (wordCount(notes) / WORDS_PER_MINUTE) * 60 : SECONDS_WITHOUT_NOTES;
}

export function estimateMinutes(slides: readonly Slide[]): number {
  return slides.reduce((s, sl) => s + slideSeconds(sl), 0) / 60;
}

const finding = (rule: Finding['rule'], slide: number, message: string): Finding => ({ rule, severity: severityOf(rule), slide, message });

export function authoringFindings(slides: readonly Slide[], durationMinutes?: number): Finding[] {
  const out: Finding[] = [];
  const ids = new Map<string, number>();
  for (const s of slides) {
    const notes = typeof s.data.notes === 'string' ? s.data.notes.trim() : '';
    if (!notes) out.push(finding('notes-missing', s.number, 'no speaker notes'));
    else if (slideSeconds(s) > MAX_SECONDS_PER_SLIDE) {
      out.push(finding('notes-long', s.number, `notes take about ${Math.round(slideSeconds(s) / 60)} min to say (${wordCount(notes)} words at ${WORDS_PER_MINUTE} wpm); split the slide or trim the notes`));
    } else if (wordCount(notes) > NOTES_PAGE_WORDS) {
      out.push(finding('notes-long', s.number, `notes have ${wordCount(notes)} words: the PDF notes page (\`pdf --notes\`) prints them in smaller type (it fits about ${NOTES_PAGE_WORDS})`));
    }
    const id = typeof s.data.id === 'string' ? s.data.id : undefined;
    if (id && ids.has(id)) out.push(finding('duplicate-id', s.number, `id "${id}" is already used by slide ${ids.get(id)}`));
    else if (id) ids.set(id, s.number);
  }
  const estimate = estimateMinutes(slides);
  if (durationMinutes !== undefined && estimate > durationMinutes) {
    out.push(finding('duration', 0, `the notes take about ${estimate.toFixed(0)} min to say; the talk has ${durationMinutes} min`));
  }
  return out;
}
