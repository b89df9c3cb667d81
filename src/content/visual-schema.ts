// The visual fields every layout takes (object backgrounds, an image beside the content, per-slide chrome
// and scoped CSS) and the layouts that are mostly one thing: statement, stats, columns, gallery.
// Imported by schema.ts; docs/visual-slides.md is the reference.
import { z } from 'zod';

const MAX_TEXT = 50_000;
const text = z.string().max(MAX_TEXT);
const shortText = z.string().max(400);
const path = z.string().min(1).max(1000);
const alt = z.string().min(1, 'alt text is required: describe the image for people who cannot see it').max(1000);

/** "40%" → 40; anything else → NaN (reported by the regex first). */
export const percent = (s: string) => Number(s.replace('%', ''));

/** A percentage between lo and hi, written "40%". */
const pct = (lo: number, hi: number) => z.string()
  .regex(/^\d+(\.\d+)?%$/, `must be a percentage like "${Math.round((lo + hi) / 2)}%"`)
  .refine((s) => percent(s) >= lo && percent(s) <= hi, { message: `must be between ${lo}% and ${hi}%` });

export const FITS = ['cover', 'contain', 'auto'] as const;
export const TONES = ['auto', 'light', 'dark'] as const;

/** CSS background-position: one or two keywords or percentages ("center", "left top", "30% 70%"). */
const POSITION = /^(left|center|right|top|bottom|\d{1,3}%)(\s+(left|center|right|top|bottom|\d{1,3}%))?$/;
const position = z.string().regex(POSITION, 'must be keywords or percentages like "center", "left top" or "30% 70%"');
const unit = z.number().min(0).max(1);

export const backgroundObject = z.strictObject({
  image: path.optional(),
  color: z.string().max(200).optional(),
  fit: z.enum(FITS).optional(),
  position: position.optional(),
  repeat: z.boolean().optional(),
  opacity: unit.optional(),
  /** a black scrim of this opacity over the image */
  dim: z.number().min(0).max(0.95).optional(),
  /** the text colour: light or dark, or measured from the image where the text goes (default) */
  tone: z.enum(TONES).optional(),
}).refine((b) => b.image !== undefined || b.color !== undefined, { message: 'needs an image or a color' });

export const asideSchema = z.strictObject({
  image: path,
  alt,
  side: z.enum(['left', 'right']).optional(),
  width: pct(20, 70).optional(),
  fit: z.enum(['cover', 'contain']).optional(),
  position: position.optional(),
});

/** Fields added to every layout (schema.ts spreads them into baseFields). */
export const visualFields = {
  aside: asideSchema.optional(),
  footer: z.boolean().optional(),
  number: z.boolean().optional(),
  /** CSS for this slide only, scoped to it at build time (src/content/slide-style.ts) */
  style: z.string().max(20_000).optional(),
};

export const backgroundField = z.union([z.string().max(1000), backgroundObject]).optional();

export const imageFields = {
  fit: z.enum(['contain', 'cover']).optional(),
  width: pct(10, 100).optional(),
  height: pct(10, 100).optional(),
};

const galleryImage = z.strictObject({ src: path, alt, caption: text.optional() });
const stat = z.strictObject({ value: z.union([z.string().min(1).max(24), z.number().transform(String)]), label: text, note: text.optional() });
const column = z.strictObject({ title: shortText.optional(), body: text });

/** The new layouts' own fields (schema.ts adds the base fields). */
export const visualLayouts = {
  statement: { text: z.string().min(1).max(280, 'a statement is one sentence: at most 280 characters (use bullets or markdown for more)'), kicker: shortText.optional(), small: text.optional() },
  stats: { title: text.optional(), items: z.array(stat).min(1).max(4), source: text.optional() },
  columns: { title: text.optional(), columns: z.array(column).min(2).max(4) },
  gallery: { title: text.optional(), images: z.array(galleryImage).min(2).max(6), fit: z.enum(['contain', 'cover']).optional() },
};
