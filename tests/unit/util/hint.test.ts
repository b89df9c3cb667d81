// The command a user can actually type, in this checkout and in any other project.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { PKG_ROOT } from '../../../src/paths.ts';
import { command } from '../../../src/util/hint.ts';

describe('command', () => {
  it('is an npm script inside Podium\'s own checkout, with its arguments after --', () => {
    expect(command('dev my-talk', PKG_ROOT)).toBe('npm run dev -- my-talk');
    expect(command('build', PKG_ROOT)).toBe('npm run build');
    expect(command('theme new acme --extends paper', PKG_ROOT)).toBe('npm run theme -- new acme --extends paper');
  });

  it('is npx podium for a command the checkout has no script for, and in any other project', () => {
    expect(command('doctor', PKG_ROOT)).toBe('npx podium doctor');
    expect(command('dev my-talk', os.tmpdir())).toBe('npx podium dev my-talk');
  });
});
