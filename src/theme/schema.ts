// What a theme may say: the schema of theme.yaml and of an inline `theme: { … }` in deck.yaml. Every
// object is strict, so an unknown token is an error with "did you mean …" (content/validate.ts words it).
// Every token is optional here: a theme that `extends:` another overrides a few; resolve.ts checks that
// the merged chain sets every colour and font.
import { z } from 'zod';
import { COLOR_HINT, parseColor } from './color.ts';

export const COLOR_TOKENS = ['background', 'surface', 'border', 'text', 'muted', 'accent', 'accent-2', 'code-background', 'link', 'glow'] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
/** Colours a complete theme must set; `glow` (the soft light behind slides) defaults to none. */
export const REQUIRED_COLORS = COLOR_TOKENS.filter((c) => c !== 'glow');
export const FONT_ROLES = ['heading', 'body', 'mono'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
export const TYPE_SIZES = ['base', 'display', 'title', 'heading', 'quote', 'body', 'prose', 'small', 'caption'] as const;
export type TypeSize = (typeof TYPE_SIZES)[number];
export const LOGO_POSITIONS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export const SLIDE_NUMBER_FORMATS = ['c/t', 'c', 'h/v', 'h.v'] as const;
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

/** A leaf checked by a function, so the message can show the value (and `null` gets a YAML hint). */
function leaf<T>(check: (v: unknown) => string | undefined, parse: (v: unknown) => T) {
  return z.unknown().transform((v, ctx): T => {
    const problem = check(v);
    if (problem) { ctx.issues.push({ code: 'custom', message: problem, input: v }); return z.NEVER; }
    return parse(v);
  });
}

const shown = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

export const color = leaf((v) => {
  if (v === null || v === undefined) return 'is empty: YAML reads # as the start of a comment, so quote hex colours ("#0a7")';
  if (typeof v !== 'string' || !parseColor(v)) return `${shown(v)} is not a colour: ${COLOR_HINT}`;
  return undefined;
}, (v) => String(v).trim());

/** A size in CSS px: `44` or `"44px"`. */
const size = leaf((v) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*px\s*$/.test(v) ? parseFloat(v) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 2000) return `${shown(v)} is not a size: write px, like 44 or "44px"`;
  return undefined;
}, (v) => (typeof v === 'number' ? v : parseFloat(String(v))));

const ratio = z.number().min(0.5).max(2);
const family = z.string().trim().min(1).max(80).regex(/^[\w .'-]+$/, 'must be a font family name such as "Inter"');
const weight = z.number().int().min(100).max(900).multipleOf(100);
const position = z.enum(LOGO_POSITIONS);
const slideNumberFormat = z.union([z.enum(SLIDE_NUMBER_FORMATS), z.literal(false)]);
export const themeNameSchema = z.string().regex(/^[\w-]+$/, 'must be a theme name');

export const themeSchema = z.strictObject({
  description: z.string().max(300).optional(),
  extends: themeNameSchema.optional(),
  colors: z.strictObject({
    background: color.optional(), surface: color.optional(), border: color.optional(), text: color.optional(),
    muted: color.optional(), accent: color.optional(), 'accent-2': color.optional(), 'code-background': color.optional(),
    link: color.optional(), glow: color.optional(),
  }).nullish(), // nullish: a group whose tokens are all commented out (as `podium theme new` writes them) is fine
  fonts: z.strictObject({ heading: family.optional(), body: family.optional(), mono: family.optional() }).nullish(),
  type: z.strictObject({
    scale: ratio.optional(),
    base: size.optional(), display: size.optional(), title: size.optional(), heading: size.optional(), quote: size.optional(),
    body: size.optional(), prose: size.optional(), small: size.optional(), caption: size.optional(),
    'heading-weight': weight.optional(),
    'line-height': z.number().min(1).max(2.5).optional(),
  }).nullish(),
  spacing: z.strictObject({ scale: ratio.optional(), 'slide-x': size.optional(), 'slide-top': size.optional(), 'slide-bottom': size.optional() }).nullish(),
  radius: size.optional(),
  logo: z.union([z.string().min(1), z.literal(false), z.strictObject({ src: z.string().min(1), position: position.optional(), height: size.optional() })]).optional(),
  footer: z.union([z.string().max(200), z.literal(false)]).optional(),
  'slide-number': z.union([slideNumberFormat, z.strictObject({ format: slideNumberFormat.optional(), style: z.enum(['plain', 'pill']).optional() })]).optional(),
  transition: z.enum(TRANSITIONS).optional(),
});

/** A theme layer as written (after zod's transforms: colours trimmed, sizes as px numbers). */
export type ThemeInput = z.output<typeof themeSchema>;

/** Every token of a merged, complete theme. */
export interface ThemeTokens {
  colors: Record<ColorToken, string>;
  fonts: Record<FontRole, string>;
  type: Record<TypeSize, number> & { scale: number; 'heading-weight': number; 'line-height': number };
  spacing: { scale: number; 'slide-x': number; 'slide-top': number; 'slide-bottom': number };
  radius: number;
  /** `src` as written, relative to the theme file (or deck.yaml) that named it */
  logo?: { src: string; position: (typeof LOGO_POSITIONS)[number]; height: number };
  /** Markdown text replacing the deck title in every slide's footer; false hides the footer */
  footer?: string | false;
  slideNumber: { format: (typeof SLIDE_NUMBER_FORMATS)[number] | false; style: 'plain' | 'pill' };
  transition?: (typeof TRANSITIONS)[number];
}

/** What the layouts were drawn with before themes had tokens: a theme states only what differs. */
export const DEFAULT_TOKENS: Omit<ThemeTokens, 'colors' | 'fonts'> & { colors: Partial<Record<ColorToken, string>> } = {
  colors: { glow: 'transparent' },
  type: { scale: 1, base: 42, display: 120, title: 112, heading: 76, quote: 62, body: 44, prose: 38, small: 28, caption: 22, 'heading-weight': 800, 'line-height': 1.35 },
  spacing: { scale: 1, 'slide-x': 132, 'slide-top': 96, 'slide-bottom': 120 },
  radius: 24,
  slideNumber: { format: 'c/t', style: 'plain' },
};
