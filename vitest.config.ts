import { defineConfig } from 'vitest/config';

// One test run for the whole workspace (npm test). Browser tests live in test/browser and run with
// npm run test:browser (they skip, saying why, when Chromium or the web build is missing).
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { TZ: 'Europe/Berlin' },
  },
});
