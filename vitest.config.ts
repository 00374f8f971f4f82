import { defineConfig } from 'vitest/config';

// One test run for the whole workspace. Browser tests live in test/browser and skip themselves
// (with the reason) when Chromium or the shared data is missing.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { TZ: 'Europe/Berlin' },
  },
});
