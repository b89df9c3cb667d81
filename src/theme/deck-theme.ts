// The theme of a deck: `theme:` in deck.yaml (a name or an inline mapping) on top of the deck's own
// theme/ folder on top of a built-in or project theme — one base, named in one place.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DeckError, type Problem } from '../errors.ts';
import { didYouMean } from '../util/suggest.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { builtinChain, fileLayer, isMapping, problemAt, type Layer } from './layers.ts';
import { resolveLayers, type Theme, type ThemeOptions } from './resolve.ts';
import { themeSchema } from './schema.ts';
import { DECK_THEME_DIR, DEFAULT_THEME, THEME_FILE, themeNames } from './themes.ts';

/**
 * The theme of a deck: `theme:` in deck.yaml (a name or an inline mapping) on top of the deck's own
 * theme/ folder on top of a built-in. Returns undefined when `theme:` itself is invalid: validateDeck
 * reports that at its deck.yaml position, and reporting it twice would only add noise.
 */
export function resolveDeckTheme(parsed: ParsedYaml, deckDir: string, o: ThemeOptions = {}): Theme | undefined {
  const templatesDir = o.templatesDir ?? TEMPLATES_DIR;
  const known = themeNames(templatesDir);
  const raw = isMapping(parsed.data) ? parsed.data.theme : undefined;
  if (raw !== undefined && typeof raw !== 'string' && !isMapping(raw)) return undefined;
  if (typeof raw === 'string' && !known.includes(raw)) return undefined;
  const problems: Problem[] = [];
  const layers: Layer[] = [];

  const localDir = path.join(deckDir, DECK_THEME_DIR);
  const local = existsSync(path.join(localDir, THEME_FILE)) ? fileLayer(localDir, `${path.basename(deckDir)}-theme`, 'local', deckDir, problems) : undefined;
  let inline: Layer | undefined;
  if (isMapping(raw)) {
    const result = themeSchema.safeParse(raw);
    if (!result.success) { if (problems.length) throw new DeckError(problems); return undefined; }
    inline = { name: `${path.basename(deckDir)}-inline`, kind: 'inline', dir: deckDir, root: deckDir, parsed, at: ['theme'], data: result.data };
  }
  if (problems.length) throw new DeckError(problems);

  // One base, named by deck.yaml's `theme: name`, the inline `extends:` or the theme folder's `extends:`.
  const claims: Array<{ name: string; layer?: Layer; at: PathKey[]; label: string }> = [];
  if (typeof raw === 'string') claims.push({ name: raw, at: ['theme'], label: `${parsed.file}: theme` });
  if (inline?.data.extends) claims.push({ name: inline.data.extends, layer: inline, at: ['extends'], label: `${parsed.file}: theme.extends` });
  if (local?.data.extends) claims.push({ name: local.data.extends, layer: local, at: ['extends'], label: `${local.parsed.file}: extends` });
  for (const c of claims) {
    if (!known.includes(c.name)) {
      problems.push(c.layer ? problemAt(c.layer, c.at, `extends: unknown theme "${c.name}"${didYouMean(c.name, known)}`, `known themes: ${known.join(', ')}`)
        : { ...parsed.locate(c.at), message: `theme: unknown theme "${c.name}"`, source: parsed.text });
    }
  }
  const distinct = [...new Set(claims.map((c) => c.name))];
  if (distinct.length > 1) {
    const [first, second] = [claims[0]!, claims.find((c) => c.name !== claims[0]!.name)!];
    const pos = second.layer ? problemAt(second.layer, second.at, '') : { ...parsed.locate(second.at), source: parsed.text };
    problems.push({ ...pos, message: `theme: ${second.label} is "${second.name}" but ${first.label} is "${first.name}"; a deck's theme builds on one theme`,
      hint: 'name the base theme in one place and remove the other' });
  }
  if (problems.length) throw new DeckError(problems);

  const chain = builtinChain(distinct[0] ?? DEFAULT_THEME, { templatesDir }, problems);
  if (!chain) throw new DeckError(problems);
  layers.push(...chain);
  if (local) layers.push(local);
  if (inline) layers.push(inline);
  return resolveLayers(layers, o);
}

