// The layers a theme is made of — a theme.yaml (built-in, project or a deck's theme/ folder) or the
// inline `theme:` of deck.yaml — and the chain `extends:` makes of built-in and project themes. Every
// problem keeps the file:line:col of the layer that wrote it.
import { DeckError, type Problem } from '../errors.ts';
import { salvage } from '../util/salvage.ts';
import { collectIssues } from '../util/schema-issues.ts';
import { didYouMean } from '../util/suggest.ts';
import type { ParsedYaml, PathKey } from '../util/yaml.ts';
import { loadThemeFile, type ThemeFile } from './load.ts';
import { themeSchema, type ThemeInput } from './schema.ts';
import { THEME_FILE, themeDir, themeNames } from './themes.ts';

export type LayerKind = 'builtin' | 'local' | 'inline';

export interface Layer {
  name: string;
  kind: LayerKind;
  /** relative paths (logo, theme.css urls) resolve here */
  dir: string;
  /** files the layer names must stay inside this folder */
  root: string;
  parsed: ParsedYaml;
  /** where the theme mapping sits in `parsed`: [] for theme.yaml, ['theme'] for deck.yaml */
  at: PathKey[];
  data: ThemeInput;
  css?: ThemeFile['css'];
}

export const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);


export function problemAt(layer: Layer, p: PathKey[], message: string, hint?: string, key = false): Problem {
  return { ...layer.parsed.locate([...layer.at, ...p], { key }), message, hint, source: layer.parsed.text };
}

export /** A theme.yaml as a layer; its problems (YAML, unknown tokens, bad values) join `problems`. */
function fileLayer(dir: string, name: string, kind: LayerKind, root: string, problems: Problem[]): Layer | undefined {
  let file: ThemeFile;
  try {
    file = loadThemeFile(dir);
  } catch (e) {
    if (e instanceof DeckError) { problems.push(...e.problems); return undefined; }
    throw e;
  }
  const { parsed } = file;
  const raw = parsed.data ?? {};
  const report = (p: PathKey[], message: string, hint?: string, key = false) =>
    problems.push({ ...parsed.locate(p, { key }), message, hint, source: parsed.text });
  if (!isMapping(raw)) { report([], `${THEME_FILE} must be a mapping of tokens (colors, fonts, type, …)`, 'start from `podium theme new <name>`'); return undefined; }
  const result = themeSchema.safeParse(raw);
  if (!result.success) {
    const found: Problem[] = [];
    collectIssues(result.error.issues, [], raw, themeSchema, '', (p, message, hint, key = false) =>
      found.push({ ...parsed.locate(p, { key }), message, hint, source: parsed.text }));
    problems.push(...found.sort((a, b) => a.line! - b.line! || a.column! - b.column!));
    // The tokens that are fine are still checked (fonts, logo, theme.css): a typo must not hide another problem.
    const data = salvage(themeSchema, raw);
    return data && { name, kind, dir, root, parsed, at: [], data, css: file.css };
  }
  return { name, kind, dir, root, parsed, at: [], data: result.data, css: file.css };
}

export /** A built-in theme and everything it extends, root first. */
function builtinChain(name: string, o: { templatesDir: string }, problems: Problem[], seen: Layer[] = []): Layer[] | undefined {
  const dir = themeDir(name, o.templatesDir);
  const layer = fileLayer(dir, name, 'builtin', dir, problems);
  if (!layer) return undefined;
  const parent = layer.data.extends;
  if (!parent) return [layer];
  const chain = [...seen.map((l) => l.name), name];
  if (chain.includes(parent)) {
    problems.push(problemAt(layer, ['extends'], `extends: "${parent}" makes a cycle: ${[...chain, parent].join(' → ')}`, 'a theme may not extend itself, directly or through others'));
    return undefined;
  }
  const known = themeNames(o.templatesDir);
  if (!known.includes(parent)) {
    problems.push(problemAt(layer, ['extends'], `extends: unknown theme "${parent}"${didYouMean(parent, known)}`, `known themes: ${known.join(', ')}`));
    return undefined;
  }
  const up = builtinChain(parent, o, problems, [...seen, layer]);
  return up && [...up, layer];
}

