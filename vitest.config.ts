// Test configuration (Vitest). Kept apart from vite.config.ts, which builds the in-page runtime and is
// also used where Podium is installed as a package — it must not import a dev dependency.
import { defineConfig } from 'vitest/config';

/** Unit test files that replace a module (`vi.mock`): they need a module cache of their own, so they run in
 * the `unit-isolated` project. tests/unit/mirror.test.ts fails when a file using vi.mock is not listed here. */
export const ISOLATED_UNIT_TESTS = ['tests/unit/build/write.test.ts'];

export default defineConfig({
  logLevel: 'warn',
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // The fast loop (`npm run test:unit`): pure, in-process tests. Worker threads share one module cache
      // across files (isolate: false), so src/ and its dependencies are imported once per worker, not once
      // per file — with a file per module, that is most of the time a run takes.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ISOLATED_UNIT_TESTS, pool: 'threads', isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'unit-isolated', include: ISOLATED_UNIT_TESTS, sequence: { groupOrder: 0 } } },
      // Real decks built, and the `podium` command run as a child process: files run in parallel, alongside
      // the unit tests (`npm run test:integration`).
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // Browser tests drive a real Chromium: one file at a time, after the others, so Chromium
      // instances do not starve each other on our 2-core machines.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
