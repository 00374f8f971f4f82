import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium (Debian's) against the real server on a free port.
// They run one file at a time: each file starts its own server and browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    env: { TZ: 'Europe/Berlin' },
  },
});
