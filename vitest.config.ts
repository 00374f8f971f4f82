import { defineConfig } from 'vitest/config';

// One test run for the whole workspace (npm test): the Node projects and the web app's component tests
// (happy-dom). Browser tests live in test/browser and run with npm run test:browser (they skip, saying
// why, when Chromium or the web build is missing).
export default defineConfig({
  test: {
    // Hang guards, not speed goals (those are in npm run bench): on a shared machine at load 20+, preparing
    // a test platform with the reference data, or a CLI call that opens PGlite, takes minutes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // Every in-memory PGlite database starts from the prepared template; made here if the migrations
    // changed since npm install.
    globalSetup: ['test/helpers/pglite-template-setup.ts'],
    env: { TZ: 'Europe/Berlin' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**', 'apps/web/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['apps/web/test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
