import { openPlatform, testConfig } from '@asskomm/core';
import { createDb } from '@asskomm/db';
import { buildApp } from '@asskomm/server';

/** The OpenAPI document as the server serves it, built on an empty in-memory database. */
export async function openApiDocument(): Promise<unknown> {
  const database = await createDb({ kind: 'pglite', dataDir: null });
  const quiet = { info() {}, warn() {}, error() {} };
  const ctx = await openPlatform(testConfig({ ASSKOMM_SECRET: 'x'.repeat(32) }), {
    database,
    log: quiet,
    skipReference: true,
  });
  const app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
  const doc = app.swagger();
  await app.close();
  await database.close();
  return JSON.parse(JSON.stringify(doc));
}
