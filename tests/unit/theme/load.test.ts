// Reading theme files: theme.yaml with positions, and theme.css beside it when there is one.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemeFile } from '../../../src/theme/load.ts';
import { catchDeckError, useTempDirs } from '../_support.ts';

const tempDir = useTempDirs();

describe('loadThemeFile', () => {
  it('parses theme.yaml and reads theme.css when present', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'theme.yaml'), 'extends: paper\n');
    expect(loadThemeFile(dir)).toMatchObject({ dir, file: path.join(dir, 'theme.yaml'), css: undefined });
    expect(loadThemeFile(dir).parsed.data).toEqual({ extends: 'paper' });
    writeFileSync(path.join(dir, 'theme.css'), '.x {}\n');
    expect(loadThemeFile(dir).css).toMatchObject({ file: path.join(dir, 'theme.css'), text: '.x {}\n' });
  });

  it('reports a missing theme.yaml and a folder named theme.css', () => {
    const dir = tempDir();
    expect(catchDeckError(() => loadThemeFile(dir)).problems[0]!.message).toContain('cannot read: ENOENT');
    writeFileSync(path.join(dir, 'theme.yaml'), 'extends: paper\n');
    mkdirSync(path.join(dir, 'theme.css'));
    expect(catchDeckError(() => loadThemeFile(dir)).problems[0]!.message).toBe('is a folder, not a file');
  });
});
