// `podium new <name>`: slides/<name>/deck.yaml in the project, with one slide of each layout.
import { scaffoldDeck } from '../content/scaffold.ts';
import { command } from '../util/hint.ts';
import { rel } from './targets.ts';

export function newCommand(name: string): void {
  const file = scaffoldDeck(name);
  console.log(`created ${rel(file)} — run: ${command(`dev ${name}`)}`);
}
