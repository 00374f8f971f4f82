#!/usr/bin/env node
// Builds what `npm start` needs, each only when its sources changed: the CLI/server bundle and the web
// app. Run by the root package.json's postinstall (so `npm install && npm start` starts fast) and by
// `npm run build:web`. Never fails the install: a failed build is reported and retried at start.
//   node apps/cli/build/build.mjs [cli|web|all] [--force]
import { ensureCliBundle } from './cli-bundle.mjs';
import { ensureWebBuild } from './web-build.mjs';

const what = process.argv.find((a) => ['cli', 'web', 'all'].includes(a)) ?? 'all';
const force = process.argv.includes('--force');
const strict = process.argv.includes('--strict');
let failed = false;

if (what === 'cli' || what === 'all') {
  try {
    await ensureCliBundle({ force, quiet: true });
  } catch (error) {
    failed = true;
    console.error(`asskomm: Übersetzen fehlgeschlagen (wird beim Start wiederholt): ${error.message}`);
  }
}
if (what === 'web' || what === 'all') {
  const web = ensureWebBuild({ force });
  if (web.status === 'failed' || web.status === 'no-vite') failed = true;
}
if (failed && strict) process.exitCode = 1;
