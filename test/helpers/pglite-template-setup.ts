// Vitest global setup: in-memory PGlite databases (createTestDatabase) start from the prepared template
// (packages/db/src/pglite-template.mjs) instead of initdb. npm install makes it; after a new migration it
// is made here once per run, not skipped by every test file.
import { ensurePgliteTemplate } from '../../packages/db/src/pglite-template.mjs';

export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
}
