// Merging a chain of theme layers token by token, remembering which layer set each token (for messages).
import type { PathKey } from '../util/yaml.ts';
import type { Layer } from './layers.ts';
import { DEFAULT_TOKENS, type ColorToken, type FontRole, type ThemeTokens } from './schema.ts';

export interface Origin { layer: Layer; path: PathKey[] }

/** Merge layers token by token; remember which layer set each token, for messages. */
export type Merged = Omit<ThemeTokens, 'colors' | 'fonts' | 'logo'> & {
  colors: Partial<Record<ColorToken, string>>; fonts: Partial<Record<FontRole, string>>; logo?: Partial<NonNullable<ThemeTokens['logo']>>;
};

export function merge(layers: readonly Layer[]): { tokens: Merged; origin: Map<string, Origin>; description?: string } {
  const t: Merged = {
    colors: { ...DEFAULT_TOKENS.colors } as Partial<Record<ColorToken, string>>,
    fonts: {} as Partial<Record<FontRole, string>>,
    type: { ...DEFAULT_TOKENS.type },
    spacing: { ...DEFAULT_TOKENS.spacing },
    radius: DEFAULT_TOKENS.radius,
    slideNumber: { ...DEFAULT_TOKENS.slideNumber },
  };
  const origin = new Map<string, Origin>();
  let description: string | undefined;
  for (const layer of layers) {
    const d = layer.data;
    const set = (key: string, p: PathKey[]) => origin.set(key, { layer, path: p });
    if (d.description !== undefined) description = d.description;
    for (const group of ['colors', 'fonts', 'type', 'spacing'] as const) {
      for (const [k, v] of Object.entries(d[group] ?? {})) {
        if (v === undefined) continue;
        (t[group] as Record<string, unknown>)[k] = v;
        set(`${group}.${k}`, [group, k]);
      }
    }
    if (d.radius !== undefined) { t.radius = d.radius; set('radius', ['radius']); }
    if (d.footer !== undefined) { t.footer = d.footer; set('footer', ['footer']); }
    if (d.transition !== undefined) { t.transition = d.transition; set('transition', ['transition']); }
    if (d.logo === false) { t.logo = undefined; origin.delete('logo.src'); }
    else if (typeof d.logo === 'string') { t.logo = { ...t.logo, src: d.logo }; set('logo.src', ['logo']); }
    else if (d.logo) {
      t.logo = { ...t.logo, ...Object.fromEntries(Object.entries(d.logo).filter(([, v]) => v !== undefined)) };
      set('logo.src', ['logo', 'src']);
    }
    const sn = d['slide-number'];
    if (sn !== undefined) {
      if (typeof sn === 'object' && sn !== null) {
        if (sn.format !== undefined) t.slideNumber.format = sn.format;
        if (sn.style !== undefined) t.slideNumber.style = sn.style;
      } else t.slideNumber.format = sn;
      set('slide-number', ['slide-number']);
    }
  }
  return { tokens: t, origin, description };
}

