// The theme of a deck: `theme:` in deck.yaml (a name or an inline mapping) on top of the deck's own
// theme/ folder on top of a built-in or project theme — one base, named in one place.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { Problems } from '../util/problems.ts';
import { salvage } from '../util/salvage.ts';
import { didYouMean } from '../util/suggest.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { builtinChain, fileLayer, isMapping, problemAt, type Layer } from './layers.ts';
import { checkLayers, type Theme, type ThemeOptions } from './resolve.ts';
import { themeSchema } from './schema.ts';
import { DECK_THEME_DIR, DEFAULT_THEME, THEME_FILE, themeNames } from './themes.ts';

/** The theme of a deck (see checkDeckTheme), or a DeckError with every problem of its deck.yaml `theme:` layers and files. */
export function resolveDeckTheme(parsed: ParsedYaml, deckDir: string, o: ThemeOptions = {}): Theme {
  const problems = new Problems();
  const theme = checkDeckTheme(parsed, deckDir, problems, o);
  problems.throwIfAny(parsed.file);
  return theme!;
}

/**
 * The theme of a deck: `theme:` in deck.yaml (a name or an inline mapping) on top of the deck's own
 * theme/ folder on top of a built-in. Every problem of the theme folder and the chain joins `problems`,
 * and checking goes on past each one (a misspelt `extends:` still has the fonts checked, on the default
 * base). The shape of deck.yaml's `theme:` and an unknown theme name there are validateDeck's to report:
 * here such a value names no base, and only the valid part of an inline theme is checked.
 * Undefined only when no built-in theme could be read (reported).
 */
export function checkDeckTheme(parsed: ParsedYaml, deckDir: string, collector: Problems, o: ThemeOptions = {}): Theme | undefined {
  const templatesDir = o.templatesDir ?? TEMPLATES_DIR;
  const known = themeNames(templatesDir);
  const raw = isMapping(parsed.data) ? parsed.data.theme : undefined;
  const problems: Problem[] = [];
  const layers: Layer[] = [];

  const localDir = path.join(deckDir, DECK_THEME_DIR);
  const local = existsSync(path.join(localDir, THEME_FILE)) ? fileLayer(localDir, `${path.basename(deckDir)}-theme`, 'local', deckDir, problems) : undefined;
  const inlineData = isMapping(raw) ? salvage(themeSchema, raw) : undefined;
  const inline: Layer | undefined = inlineData && { name: `${path.basename(deckDir)}-inline`, kind: 'inline', dir: deckDir, root: deckDir, parsed, at: ['theme'], data: inlineData };

  // One base, named by deck.yaml's `theme: name`, the inline `extends:` or the theme folder's `extends:`.
  const claims: Array<{ name: string; layer?: Layer; at: PathKey[]; label: string }> = [];
  if (typeof raw === 'string' && known.includes(raw)) claims.push({ name: raw, at: ['theme'], label: `${parsed.file}: theme` });
  if (inline?.data.extends) claims.push({ name: inline.data.extends, layer: inline, at: ['extends'], label: `${parsed.file}: theme.extends` });
  if (local?.data.extends) claims.push({ name: local.data.extends, layer: local, at: ['extends'], label: `${local.parsed.file}: extends` });
  for (const c of claims) {
    if (!known.includes(c.name)) {
      problems.push(problemAt(c.layer!, c.at, `extends: unknown theme "${c.name}"${didYouMean(c.name, known)}`, `known themes: ${known.join(', ')}`));
    }
  }
  const valid = claims.filter((c) => known.includes(c.name));
  const distinct = [...new Set(valid.map((c) => c.name))];
  if (distinct.length > 1) {
    const [first, second] = [valid[0]!, valid.find((c) => c.name !== valid[0]!.name)!];
    const pos = second.layer ? problemAt(second.layer, second.at, '') : { ...parsed.locate(second.at), source: parsed.text };
    problems.push({ ...pos, message: `theme: ${second.label} is "${second.name}" but ${first.label} is "${first.name}"; a deck's theme builds on one theme`,
      hint: 'name the base theme in one place and remove the other' });
  }

  const chain = builtinChain(distinct[0] ?? DEFAULT_THEME, { templatesDir }, problems);
  let theme: Theme | undefined;
  if (chain) {
    layers.push(...chain);
    if (local) layers.push(local);
    if (inline) layers.push(inline);
    theme = checkLayers(layers, o, problems);
  }
  collector.add(...problems);
  return theme;
}
