// The content model: one zod schema per layout plus the deck's own fields. Every object is strict,
// so a typo'd field is an error (validate.ts turns it into "did you mean …").
import { z } from 'zod';
import { themeNameSchema, themeSchema, TRANSITIONS } from '../theme/schema.ts';
import { DEFAULT_THEME } from '../theme/themes.ts';
import { backgroundField, imageFields, visualFields, visualLayouts } from './visual-schema.ts';

/** A background that is a colour rather than an image path. */
export const isColor = (s: string) => /^(#[\da-f]{3,8}|(rgb|hsl|oklch|oklab|lab|lch|color)a?\(.*\)|[a-z]+)$/i.test(s.trim());

/** Limits that keep a broken or hostile deck from eating the dev server, the browser or the PDF export. */
export const MAX_TEXT_CHARS = 50_000;
export const MAX_SLIDES = 5000; // the 2000-slide benchmark deck fits; 10,000 is refused

const text = z.string().max(MAX_TEXT_CHARS); // a Markdown string
const shortText = z.string().max(400);
/** Code lines to emphasise: "2-4,7". */
const LINE_SPEC = /^\s*\d+(-\d+)?(\s*,\s*\d+(-\d+)?)*\s*$/;
/** Short labels such as years: YAML reads `when: 2016` as a number, which is meant as text. */
const label = z.union([shortText, z.number().transform(String)]);

/** Fields every layout takes. */
export const baseFields = {
  layout: z.string(),
  id: z.string().regex(/^[A-Za-z][\w-]*$/, 'must start with a letter and use only letters, digits, - and _').optional(),
  class: z.string().regex(/^[\w -]*$/, 'must be CSS class names').optional(),
  background: backgroundField,
  transition: z.enum(TRANSITIONS).optional(),
  notes: text.optional(),
  ...visualFields,
};

export type BulletItem = string | BulletItem[];
const bulletItem: z.ZodType<BulletItem> = z.lazy(() => z.union([text, z.array(bulletItem).min(1)]));

const url = z.string().regex(/^(https?:\/\/|mailto:|\.{0,2}\/|#)/i, 'must be an http(s), mailto, or relative link');
const link = z.union([url, z.strictObject({ label: shortText, url })]);

export const layoutSchemas = {
  title: z.strictObject({ ...baseFields, title: text, subtitle: text.optional(), presenter: text.optional(), date: label.optional() }),
  section: z.strictObject({ ...baseFields, title: text, subtitle: text.optional(), kicker: shortText.optional() }),
  bullets: z.strictObject({ ...baseFields, title: text, items: z.array(bulletItem).min(1), fragments: z.boolean().optional() }),
  timeline: z.strictObject({
    ...baseFields, title: text,
    events: z.array(z.strictObject({ when: label, label: text, text: text.optional() })).min(1).max(12),
  }),
  cards: z.strictObject({
    ...baseFields, title: text, fragments: z.boolean().optional(),
    cards: z.array(z.strictObject({ title: text, text: text.optional(), icon: shortText.optional() })).min(1).max(9),
  }),
  quote: z.strictObject({ ...baseFields, quote: text, by: text.optional() }),
  'two-column': z.strictObject({ ...baseFields, title: text, left: text, right: text, leftTitle: shortText.optional(), rightTitle: shortText.optional() }),
  image: z.strictObject({ ...baseFields, title: text.optional(), src: z.string().min(1), alt: z.string().min(1), caption: text.optional(), ...imageFields }),
  code: z.strictObject({
    ...baseFields, title: text.optional(), lang: z.string().regex(/^[\w+#-]+$/, 'must be a language name'),
    code: z.string(), highlight: z.string().regex(LINE_SPEC, 'must be line numbers like "2-4,7"').optional(),
    caption: text.optional(),
  }).superRefine((slide, ctx) => {
    if (!LINE_SPEC.test(slide.highlight ?? '')) return; // a malformed spec is reported as such
    const lines = slide.code.replace(/\n$/, '').split('\n').length;
    const past = (slide.highlight ?? '').match(/\d+/g)?.map(Number).find((n) => n < 1 || n > lines);
    if (past !== undefined) ctx.addIssue({ code: 'custom', path: ['highlight'], message: `line ${past} is outside the code (lines 1-${lines})` });
  }),
  markdown: z.strictObject({ ...baseFields, title: text.optional(), body: text }),
  closing: z.strictObject({ ...baseFields, title: text, text: text.optional(), links: z.array(link).optional() }),
  diagram: z.strictObject({ ...baseFields, title: text.optional(), mermaid: z.string().min(1).max(MAX_TEXT_CHARS), alt: shortText.optional(), caption: text.optional() }),
  chart: z.strictObject({
    ...baseFields, title: text.optional(), chart: z.record(z.string(), z.unknown()),
    data: z.union([z.string().min(1).regex(/\.(csv|tsv|json)$/i, 'must be a .csv, .tsv or .json file next to deck.yaml, or a list of rows'), z.array(z.record(z.string(), z.unknown())).min(1).max(10_000)]),
    alt: z.string().min(1).max(1000), caption: text.optional(),
  }),
  statement: z.strictObject({ ...baseFields, ...visualLayouts.statement }),
  stats: z.strictObject({ ...baseFields, ...visualLayouts.stats }),
  columns: z.strictObject({ ...baseFields, ...visualLayouts.columns }),
  gallery: z.strictObject({ ...baseFields, ...visualLayouts.gallery }),
} as const;

export type LayoutName = keyof typeof layoutSchemas;
export const builtinLayouts = Object.keys(layoutSchemas) as LayoutName[];
/** A deck-local layout without a built-in schema takes the base fields plus any Markdown fields. */
export const customLayoutSchema = z.looseObject({ ...baseFields });

export const revealSchema = z.strictObject({
  transition: baseFields.transition,
  transitionSpeed: z.enum(['default', 'fast', 'slow']).optional(),
  backgroundTransition: baseFields.transition,
  slideNumber: z.union([z.boolean(), z.enum(['h.v', 'h/v', 'c', 'c/t'])]).optional(),
  controls: z.boolean().optional(),
  progress: z.boolean().optional(),
  center: z.boolean().optional(),
  hash: z.boolean().optional(),
  loop: z.boolean().optional(),
  autoSlide: z.number().int().min(0).optional(),
  showNotes: z.boolean().optional(),
});

export const deckSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  author: shortText.optional(),
  date: z.union([shortText, z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, 'must be a language tag like "en" or "pt-BR"').default('en'),
  description: shortText.optional(),
  /** talk length in minutes: `podium check` warns when the notes run longer; the speaker view paces to it */
  duration: z.number().positive().max(1440).optional(),
  /** a theme name (templates/themes/<name>/) or an inline theme: `{ extends: pytorch, colors: { accent: "#0a7" } }` */
  theme: z.union([themeNameSchema, themeSchema]).default(DEFAULT_THEME),
  aspect: z.enum(['16:9', '4:3']).default('16:9'),
  allowHtml: z.boolean().default(false),
  allowRemote: z.boolean().optional(),
  reveal: revealSchema.default({}),
  /** social-card meta (og:title, og:description, og:image = og.png of the first slide); `url` makes og:image absolute */
  og: z.union([z.boolean(), z.strictObject({ url: z.string().regex(/^https?:\/\//i, 'must be an http(s) URL') })]).optional(),
  slides: z.array(z.looseObject({ layout: z.string() })).min(1, 'a deck needs at least one slide')
    .max(MAX_SLIDES, `a deck has at most ${MAX_SLIDES} slides; split the talk into several decks`),
});

export type DeckMeta = Omit<z.output<typeof deckSchema>, 'slides'>;
type SlideOf<L extends LayoutName> = z.output<(typeof layoutSchemas)[L]> & { layout: L };
export type SlideData = { [L in LayoutName]: SlideOf<L> }[LayoutName] | (z.output<typeof customLayoutSchema> & Record<string, unknown>);
