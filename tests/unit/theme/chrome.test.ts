// A theme's chrome: reveal's defaults, the slides' footer and logo.
import { describe, expect, it } from 'vitest';
import { slideChrome, themeReveal } from '../../../src/theme/chrome.ts';
import { resolveBuiltinTheme } from '../../../src/theme/resolve.ts';

describe('chrome', () => {
  const pytorch = resolveBuiltinTheme('pytorch');

  it('gives reveal its defaults and the slides their footer and logo', () => {
    expect(themeReveal(pytorch.tokens)).toEqual({ slideNumber: 'c/t', transition: 'slide' });
    expect(slideChrome(pytorch)).toEqual({ footer: undefined, hideFooter: false, logo: undefined });
  });
});
