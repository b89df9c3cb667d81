// The bench's peer: Marp CLI (`marp --pdf`) on the same content as Podium's synthetic decks. Marp CLI is
// installed from the registry with npm into a folder under os.tmpdir() that later runs reuse; each
// synthetic deck.yaml is converted to Marp Markdown (same titles, bullets, code, image, notes as HTML
// comments, which Marp keeps as presenter notes). Marp finds Chromium through CHROME_PATH and, with
// CHROME_NO_SANDBOX set (or as root), passes --no-sandbox itself — the same flag Podium uses as root.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const MARP_DIR = path.join(os.tmpdir(), 'podium-bench-peers');

/** marp-cli's entry point, installed on first use (npm install into MARP_DIR), reused afterwards. */
export function installMarp(): string {
  const bin = path.join(MARP_DIR, 'node_modules/@marp-team/marp-cli/marp-cli.js');
  if (existsSync(bin)) return bin;
  mkdirSync(MARP_DIR, { recursive: true });
  writeFileSync(path.join(MARP_DIR, 'package.json'), JSON.stringify({ private: true }));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '@marp-team/marp-cli'], { cwd: MARP_DIR, encoding: 'utf8', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
  if (r.status !== 0 || !existsSync(bin)) throw new Error(`npm install @marp-team/marp-cli failed: ${r.stderr.slice(0, 500)}`);
  return bin;
}

export function marpVersion(): string {
  return (JSON.parse(readFileSync(path.join(MARP_DIR, 'node_modules/@marp-team/marp-cli/package.json'), 'utf8')) as { version: string }).version;
}

type Slide = Record<string, unknown> & { layout: string; title?: string; notes?: string };
const list = (items: unknown[]) => items.map((i) => `- ${String(i)}`).join('\n');
const text = (v: unknown) => String(v ?? '').trim();

function slideMarkdown(s: Slide): string {
  const body: string[] = [s.layout === 'title' || s.layout === 'section' ? `# ${text(s.title)}` : `## ${text(s.title)}`];
  if (s.kicker) body.unshift(text(s.kicker));
  if (s.subtitle) body.push(text(s.subtitle));
  if (Array.isArray(s.items)) body.push(list(s.items));
  if (s.code) body.push(`\`\`\`${text(s.lang)}\n${text(s.code)}\n\`\`\``);
  if (s.left || s.right) body.push(text(s.left), text(s.right));
  if (s.src) body.push(`![${text(s.alt)}](${text(s.src)})`, text(s.caption));
  if (Array.isArray(s.cards)) body.push((s.cards as Record<string, unknown>[]).map((c) => `- **${text(c.title)}** ${text(c.text)}`).join('\n'));
  if (Array.isArray(s.events)) body.push((s.events as Record<string, unknown>[]).map((e) => `- ${text(e.when)} **${text(e.label)}** ${text(e.text)}`).join('\n'));
  if (s.notes) body.push(`<!-- ${text(s.notes)} -->`);
  return body.join('\n\n');
}

/** <work>/marp/<deck>.md from <work>/slides/<deck>/deck.yaml (its figure copied beside it). */
export function writeMarpDeck(work: string, deck: string): string {
  const src = path.join(work, 'slides', deck);
  const { title, slides } = parse(readFileSync(path.join(src, 'deck.yaml'), 'utf8')) as { title: string; slides: Slide[] };
  const dir = path.join(work, 'marp');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(src, 'figure.svg'), path.join(dir, 'figure.svg'));
  const file = path.join(dir, `${deck}.md`);
  writeFileSync(file, `---\nmarp: true\ntitle: ${JSON.stringify(title)}\npaginate: true\n---\n\n${slides.map(slideMarkdown).join('\n\n---\n\n')}\n`);
  return file;
}
