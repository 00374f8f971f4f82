import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CoreContext } from '@asskomm/core';
import { createDb, type Database } from '@asskomm/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

const LIMIT = 3;

/**
 * Remarks are rate-limited per client through the shared store (issue 12): two server instances on one
 * database together accept LIMIT remarks per hour and client on each route, and Open311 answers the 429 in
 * the spec's error format. On PostgreSQL the second instance has its own pool, as a second process would.
 */
describe(`remark rate limit across instances (${BACKEND})`, () => {
  let ctx: CoreContext;
  let second: Database | null = null;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'asskomm-remark-limit-'));
    ctx = await createTestPlatform({
      reference: false,
      config: { ASSKOMM_REMARK_RATE_LIMIT: LIMIT, ASSKOMM_DATA_DIR: dataDir },
    });
    appA = await buildTestApp(ctx);
    if (ctx.database.pool) {
      second = await createDb({
        kind: 'postgres',
        url: String(ctx.database.pool.options.connectionString),
        max: 2,
      });
      appB = await buildTestApp({ ...ctx, database: second, db: second.db });
    } else {
      appB = await buildTestApp(ctx);
    }
  });
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    await second?.close();
    await ctx?.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open311 = (app: FastifyInstance, ip: string) =>
    app.inject({
      method: 'POST',
      url: '/api/open311/v2/requests.json',
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        jurisdiction_id: '14999999',
        service_code: 'graffiti',
        address_string: 'Markt 1',
        description: 'Schmierereien am Rathaus, seit gestern.',
      }).toString(),
    });

  it('counts remarks of one client on both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      statuses.push((await open311(i % 2 ? appB : appA, '203.0.113.9')).statusCode);
    expect(statuses).toEqual(new Array(LIMIT).fill(201));
    const refused = await open311(appB, '203.0.113.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual([{ code: 429, description: expect.stringContaining('Zu viele') }]);
    expect((await open311(appA, '203.0.113.9')).statusCode).toBe(429);
    // Another client is counted on its own.
    expect((await open311(appA, '198.51.100.4')).statusCode).toBe(201);
  });
});
