// Test configuration (Vitest). Kept apart from vite.config.ts, which builds the in-page runtime and is
// also used where Podium is installed as a package — it must not import a dev dependency.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Browser tests drive a real Chromium, so give them time; run files one at a time on our 2-core
  // machines so Chromium instances do not starve each other.
  test: { testTimeout: 30_000, hookTimeout: 60_000, fileParallelism: false, include: ['tests/**/*.test.ts'] },
  logLevel: 'warn',
});
