// Templates: read every .hbs (built-in, then the deck's own layouts/ on top) and compile each once per
// process. A file is recompiled only when its mtime changes, so the dev server stays fast.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { DeckError, type Problem } from '../errors.ts';
import { displayPath } from '../content/load.ts';
import { TEMPLATES_DIR } from '../paths.ts';
import { registerHelpers } from './helpers.ts';

export type Template = (ctx: object, data: object) => string;

export interface TemplateSet {
  shell: Template;
  handout: Template;
  layouts: Map<string, Template>;
  /** layout names, built-in and deck-local */
  layoutNames: string[];
}

interface Compiled { mtime: number; source: string }
const cache = new Map<string, Compiled>();

function compileFile(file: string, problems: Problem[]): Compiled | undefined {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  const source = readFileSync(file, 'utf8');
  try {
    Handlebars.precompile(source, { strict: false }); // surfaces syntax errors now, with a line
    const entry = { mtime, source };
    cache.set(file, entry);
    return entry;
  } catch (e) {
    const msg = (e as Error).message;
    const m = /line (\d+)/.exec(msg) ?? / - (\d+):(\d+)/.exec(msg);
    const line = Number(m?.[1] ?? 1);
    problems.push({ file: displayPath(file), line, column: 1, source, message: `template: ${msg.split('\n')[0]}`,
      hint: msg.split('\n').slice(1).join('\n').trim() || undefined });
  }
}

function hbsIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.hbs')) out.set(f.slice(0, -4), path.join(dir, f));
  return out;
}

export function loadTemplates(deckDir?: string, templatesDir = TEMPLATES_DIR): TemplateSet {
  const problems: Problem[] = [];
  const env = Handlebars.create();
  registerHelpers(env);
  const partials = new Map([...hbsIn(path.join(templatesDir, 'partials')), ...(deckDir ? hbsIn(path.join(deckDir, 'partials')) : [])]);
  for (const [name, file] of partials) {
    const c = compileFile(file, problems);
    if (c) env.registerPartial(name, c.source);
  }
  const layoutFiles = new Map([...hbsIn(path.join(templatesDir, 'layouts')), ...(deckDir ? hbsIn(path.join(deckDir, 'layouts')) : [])]);
  const layouts = new Map<string, Template>();
  for (const [name, file] of layoutFiles) {
    const c = compileFile(file, problems);
    if (c) layouts.set(name, bind(env, c.source));
  }
  const shell = compileFile(path.join(templatesDir, 'deck.hbs'), problems);
  const handout = compileFile(path.join(templatesDir, 'handout.hbs'), problems);
  if (problems.length || !shell || !handout) throw new DeckError(problems);
  return { shell: bind(env, shell.source), handout: bind(env, handout.source), layouts, layoutNames: [...layoutFiles.keys()] };
}

function bind(env: typeof Handlebars, source: string): Template {
  const fn = env.compile(source, { strict: false, preventIndent: true });
  return (ctx, data) => fn(ctx, { data });
}
