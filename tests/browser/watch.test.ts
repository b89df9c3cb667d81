// `podium pdf --watch` as a user runs it: the PDF follows each save, a bad edit prints the positioned error
// and leaves the PDF as it was, Ctrl-C leaves no Chromium, no profile and no temp file behind.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK } from '../support/cli.ts';
import { fixture, tempProject } from '../support/decks.ts';
import { alive, chromiumMains, descendants, processesUsing, spawnPodium, until } from '../support/hardening.ts';
import { readPdf } from '../support/pdf.ts';

const project = tempProject(fixture('all-layouts'), 'talk');
const tmp = path.join(project.root, 'tmp'); // a private TMPDIR: it holds the Chromium profile
mkdirSync(tmp);
afterAll(() => project.cleanup());

const yamlFile = path.join(project.deckDir, 'deck.yaml');
const pdfFile = path.join(project.root, 'dist/talk/talk.pdf');
const exportedLines = (s: string) => s.split('\n').filter((l) => /^exported \S+talk\.pdf \(\d+ pages\) \(\d+ ms\)$/.test(l)).length;

describe('pdf --watch', () => {
  it('re-exports on each save, keeps the PDF on a bad edit, and leaves nothing behind on Ctrl-C', { timeout: 180_000 }, async () => {
    const cli = spawnPodium(['pdf', 'talk', '--watch'], { cwd: project.root, env: { TMPDIR: tmp } });
    let stdout = '';
    let stderr = '';
    cli.child.stdout!.on('data', (d) => { stdout += d; });
    cli.child.stderr!.on('data', (d) => { stderr += d; });
    await until(() => exportedLines(stdout) >= 1, 90_000, 'the first export');
    expect(stdout).toMatch(/^watching slides\/talk, .*templates, themes — Ctrl-C to stop$/m);
    const first = await readPdf(pdfFile);
    expect(first.text[0]).not.toContain('Watched title');

    // a save: the PDF follows it, printed by the same warm Chromium
    const browsers = chromiumMains(tmp).map((p) => p.pid);
    expect(browsers).toHaveLength(1);
    const yaml = readFileSync(yamlFile, 'utf8');
    const firstTitle = /^ {4}title: (.*)$/m.exec(yaml)![1]!;
    writeFileSync(yamlFile, yaml.replace(`    title: ${firstTitle}`, '    title: Watched title'));
    await until(() => exportedLines(stdout) >= 2, 60_000, 'the export after the save');
    expect((await readPdf(pdfFile)).text[0]).toContain('Watched title');
    expect(chromiumMains(tmp).map((p) => p.pid)).toEqual(browsers);

    // a bad edit: the positioned error, the PDF byte for byte as it was, still watching
    const good = readFileSync(pdfFile);
    writeFileSync(yamlFile, `${readFileSync(yamlFile, 'utf8')}  - layout: bullets\n    title: No items\n`);
    await until(() => stderr.includes('waiting for the next save'), 60_000, 'the error to be printed');
    expect(stderr).toMatch(/slides\/talk\/deck\.yaml:\d+:\d+ {2}slide \d+ \(bullets\): items: is required/);
    expect(stderr).toMatch(/> \d+ \|/); // the code frame
    expect(stderr).not.toMatch(STACK);
    expect(readFileSync(pdfFile).equals(good)).toBe(true);
    expect(cli.child.exitCode).toBeNull();

    // Ctrl-C: exit 130; Chromium, its helpers and its profile gone; no temp file next to the output
    const children = descendants(cli.child.pid!).map((c) => c.pid);
    expect(children.length).toBeGreaterThan(0);
    cli.child.kill('SIGINT');
    const r = await cli.done;
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(STACK);
    await until(() => processesUsing(tmp).length === 0 || undefined, 5000, 'Chromium to exit').catch(() => undefined);
    expect(alive(children)).toEqual([]);
    expect(processesUsing(tmp)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(path.join(project.root, 'dist')).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
    expect(readdirSync(path.join(project.root, 'dist/talk')).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
    expect(readFileSync(pdfFile).equals(good)).toBe(true);
  });

  it('Ctrl-C during an export: exit 130, the export unwinds, nothing left behind', { timeout: 120_000 }, async () => {
    const tmp2 = path.join(project.root, 'tmp2');
    mkdirSync(tmp2);
    const cli = spawnPodium(['pdf', 'talk', '--watch'], { cwd: project.root, env: { TMPDIR: tmp2 } });
    let stdout = '';
    cli.child.stdout!.on('data', (d) => { stdout += d; });
    await until(() => chromiumMains(tmp2).length === 1 || undefined, 60_000, 'Chromium to start for the first export');
    const children = descendants(cli.child.pid!).map((c) => c.pid);
    cli.child.kill('SIGINT');
    const r = await cli.done;
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(STACK);
    expect(stdout).toContain('stopped watching (SIGINT); Chromium closed');
    await until(() => processesUsing(tmp2).length === 0 || undefined, 5000, 'Chromium to exit').catch(() => undefined);
    expect(alive(children)).toEqual([]);
    expect(readdirSync(tmp2)).toEqual([]);
    const dist = path.join(project.root, 'dist');
    expect(readdirSync(dist).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
    expect(readdirSync(path.join(dist, 'talk')).filter((f) => f.startsWith('.') && f !== '.podium-stamp.json')).toEqual([]); // no temp file (the stamp is an output)
  });
});
