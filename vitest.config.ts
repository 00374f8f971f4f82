import { defineConfig } from 'vitest/config';

// One test run for the whole workspace (npm test). Browser tests live in test/browser and run with
// npm run test:browser (they skip, saying why, when Chromium or the web build is missing).
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', '**/node_modules/**'],
    // Hang guards, not speed goals (those are in npm run bench): on a shared machine at load 20+, preparing
    // a test platform with the reference data, or a CLI call that opens PGlite, takes minutes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    env: { TZ: 'Europe/Berlin' },
  },
});
