import { defineConfig } from 'vitest/config';
import { DATABASE_TESTS } from './test/database-tests.ts';

const NODE_TESTS = ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'];
const NOT_NODE = ['test/browser/**', 'apps/web/**', '**/node_modules/**'];

// One test run for the whole workspace (npm test): the Node projects and the web app's component tests
// (happy-dom). The project "db" holds the tests that use the database under test (test/database-tests.ts);
// CI runs it a second time on PostgreSQL (npm run test:db with DATABASE_URL). Browser tests live in
// test/browser and run with npm run test:browser (they skip, saying why, when Chromium or the web build
// is missing).
export default defineConfig({
  test: {
    // Hang guards, not speed goals (those are in npm run bench): on a shared machine at load 20+, preparing
    // a test platform with the reference data, or a CLI call that opens PGlite, takes minutes.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is one worker (cores - 1), which leaves a core idle: most of a
    // test's time is PGlite's single-threaded WebAssembly (or waiting for PostgreSQL), not Vitest itself.
    maxWorkers: 2,
    env: { TZ: 'Europe/Berlin' },
    // Every in-memory PGlite database starts from the prepared template; made here if the migrations
    // changed since npm install.
    globalSetup: ['test/helpers/pglite-template-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'db', include: DATABASE_TESTS },
      },
      {
        extends: true,
        test: { name: 'node', include: NODE_TESTS, exclude: [...NOT_NODE, ...DATABASE_TESTS] },
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
