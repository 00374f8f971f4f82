#!/usr/bin/env node
// Builds what `npm start` needs, each only when its sources changed: the CLI/server bundle, the web
// app and the prepared empty database for new data directories (packages/db/src/pglite-template.mjs). Run by the root package.json's postinstall (so `npm install && npm start` starts fast) and by
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
if (what === 'all') {
  try {
    const { ensurePgliteTemplate } = await import('../../../packages/db/src/pglite-template.mjs');
    await ensurePgliteTemplate();
  } catch (error) {
    // Not fatal: a new data directory is then made by PGlite's initdb, only slower.
    console.error(`asskomm: Datenbankvorlage nicht erstellt: ${error.message}`);
  }
}
if (failed && strict) process.exitCode = 1;
