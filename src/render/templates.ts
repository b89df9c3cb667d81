// Templates: read every .hbs (built-in, then the deck's own layouts/ on top) and compile each once per
// process. A file is recompiled only when its mtime changes, so the dev server stays fast; across processes
// the precompiled form is kept on disk by a hash of the source, so a build compiles nothing it compiled before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { DeckError, type Problem } from '../errors.ts';
import { CACHE_DIR, TEMPLATES_DIR } from '../paths.ts';
import { registerHelpers } from './helpers.ts';
import { displayPath } from '../util/paths.ts';

export type Template = (ctx: object, data: object) => string;

export interface TemplateSet {
  shell: Template;
  handout: Template;
  layouts: Map<string, Template>;
  /** layout names, built-in and deck-local */
  layoutNames: string[];
}

interface Compiled { mtime: number; source: string; spec: TemplateSpecification }
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
const cache = new Map<string, Compiled>();
const OPTIONS = { strict: false, preventIndent: true } as const;
const SPEC_DIR = path.join(CACHE_DIR, 'templates');

/** Precompiled JavaScript for a source, from the disk cache or compiled now (which also checks syntax). */
function precompiled(source: string): TemplateSpecification {
  const key = createHash('sha1').update(`${Handlebars.VERSION}\0${JSON.stringify(OPTIONS)}\0${source}`).digest('hex');
  const file = path.join(SPEC_DIR, `${key}.js`);
  let code: string;
  if (existsSync(file)) {
    code = readFileSync(file, 'utf8');
  } else {
    code = Handlebars.precompile(source, OPTIONS) as string; // throws on a syntax error, with its line
    try { // best effort: a read-only cache only costs speed
      mkdirSync(SPEC_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, file);
    } catch { /* ignore */ }
  }
  return new Function(`return ${code}`)() as TemplateSpecification;
}

function compileFile(file: string, problems: Problem[]): Compiled | undefined {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  const source = readFileSync(file, 'utf8');
  try {
    const entry = { mtime, source, spec: precompiled(source) };
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

/** The names of the layouts a deck can use (built in, and its own layouts/), known even when one fails to compile. */
export function layoutNames(deckDir?: string, templatesDir = TEMPLATES_DIR): string[] {
  return [...new Map([...hbsIn(path.join(templatesDir, 'layouts')), ...(deckDir ? hbsIn(path.join(deckDir, 'layouts')) : [])]).keys()];
}

/** The last set built for a (templates, deck) pair, with the compiled files it was built from. */
const sets = new Map<string, { names: string; parts: Compiled[]; set: TemplateSet }>();

export function loadTemplates(deckDir?: string, templatesDir = TEMPLATES_DIR): TemplateSet {
  const problems: Problem[] = [];
  const partialFiles = new Map([...hbsIn(path.join(templatesDir, 'partials')), ...(deckDir ? hbsIn(path.join(deckDir, 'partials')) : [])]);
  const layoutFiles = new Map([...hbsIn(path.join(templatesDir, 'layouts')), ...(deckDir ? hbsIn(path.join(deckDir, 'layouts')) : [])]);
  const partials = [...partialFiles].map(([name, file]) => [name, compileFile(file, problems)] as const);
  const layouts = [...layoutFiles].map(([name, file]) => [name, compileFile(file, problems)] as const);
  const shell = compileFile(path.join(templatesDir, 'deck.hbs'), problems);
  const handout = compileFile(path.join(templatesDir, 'handout.hbs'), problems);
  if (problems.length || !shell || !handout) throw new DeckError(problems);

  // Nothing changed on disk since the last call: reuse the compiled set (the dev server's common case).
  const key = `${templatesDir}\0${deckDir ?? ''}`;
  const names = `${[...partialFiles.keys()]}|${[...layoutFiles.keys()]}`;
  const parts = [...partials.map(([, c]) => c!), ...layouts.map(([, c]) => c!), shell, handout];
  const hit = sets.get(key);
  if (hit && hit.names === names && hit.parts.every((c, i) => c === parts[i])) return hit.set;

  const env = Handlebars.create();
  registerHelpers(env);
  for (const [name, c] of partials) env.registerPartial(name, env.template(c!.spec));
  const set: TemplateSet = {
    shell: bind(env, shell.spec), handout: bind(env, handout.spec),
    layouts: new Map(layouts.map(([name, c]) => [name, memoise(bind(env, c!.spec))])),
    layoutNames: [...layoutFiles.keys()],
  };
  sets.set(key, { names, parts, set });
  return set;
}

/** A layout's output depends only on its context and the Markdown renderer: remember it, so a rebuild after
 * editing one slide renders one slide. The memo lives as long as the compiled set (a template edit drops it). */
function memoise(template: Template): Template {
  const memo = new Map<string, string>();
  const renderers = new WeakMap<object, number>();
  let next = 1;
  return (ctx, data) => {
    const md = (data as { md?: object }).md;
    let id = md ? renderers.get(md) : 0;
    if (md && id === undefined) renderers.set(md, (id = next++));
    const key = `${id}\0${JSON.stringify(ctx)}`;
    let html = memo.get(key);
    if (html === undefined) {
      html = template(ctx, data);
      if (memo.size > 20_000) memo.clear();
      memo.set(key, html);
    }
    return html;
  };
}

function bind(env: typeof Handlebars, spec: TemplateSpecification): Template {
  const fn = env.template(spec);
  return (ctx, data) => fn(ctx, { data });
}
