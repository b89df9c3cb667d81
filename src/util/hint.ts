// The command a user can actually type: `npm run dev -- my-talk` inside Podium's own checkout (whose
// package.json has those scripts), `npx podium dev my-talk` in any other project.
import path from 'node:path';
import { PKG_ROOT, projectRoot } from '../paths.ts';

const SCRIPTS = new Set(['setup', 'build', 'dev', 'new', 'export', 'pdf', 'handout', 'check', 'themes', 'theme']);

export function command(args: string, root = projectRoot()): string {
  const inCheckout = path.resolve(root) === PKG_ROOT;
  const [name, ...rest] = args.split(' ');
  if (inCheckout && name && SCRIPTS.has(name)) return `npm run ${name}${rest.length ? ` -- ${rest.join(' ')}` : ''}`;
  return `npx podium ${args}`;
}
