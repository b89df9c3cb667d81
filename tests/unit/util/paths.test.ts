// Path helpers shared by every stage.
import { describe, expect, it } from 'vitest';
import { isExternalUrl } from '../../../src/util/paths.ts';

describe('isExternalUrl', () => {
  it.each([
    ['https://x.org/a.png', true], ['http://x', true], ['mailto:a@b', true], ['data:image/png;base64,AA', true],
    ['//cdn.example.com/x.png', true], ['img/a.png', false], ['./a.png', false], ['../a.png', false], ['/abs.png', false], ['a:b.png', true],
  ])('%s → %s', (url, expected) => {
    expect(isExternalUrl(url)).toBe(expected);
  });
});
