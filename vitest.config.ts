// Test configuration (Vitest). Kept apart from vite.config.ts, which builds the in-page runtime and is
// also used where Podium is installed as a package — it must not import a dev dependency.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  logLevel: 'warn',
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Unit and integration tests share nothing machine-wide: files run in parallel (`npm run test:unit`).
      { extends: true, test: { name: 'fast', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // Browser tests drive a real Chromium: one file at a time, after the fast ones, so Chromium
      // instances do not starve each other on our 2-core machines.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
