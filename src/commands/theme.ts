// `podium theme new <name>`: a commented theme.yaml in ./themes/<name>/ (or the deck's own with --deck).
import { resolveDeckDir } from '../content/load.ts';
import { usage } from '../errors.ts';
import { scaffoldTheme } from '../theme/scaffold.ts';
import { command } from '../util/hint.ts';
import { rel } from './targets.ts';

export interface ThemeFlags { extends?: string; deck?: string }

export function themeCommand(action: string, name: string | undefined, o: ThemeFlags): void {
  if (action !== 'new') usage(`theme: unknown action "${action}"; use \`podium theme new <name>\``);
  if (!name) usage('theme new: give the theme a name');
  const deckDir = o.deck === undefined ? undefined : resolveDeckDir(String(o.deck));
  const file = scaffoldTheme(name, { extends: o.extends === undefined ? undefined : String(o.extends), deckDir });
  const use = o.deck ? 'this deck now uses it' : `use it with \`theme: ${name}\` in deck.yaml`;
  console.log(`created ${rel(file)} — ${use}; compare with: ${command(`themes ${o.deck ?? '<deck>'}`)}`);
}
