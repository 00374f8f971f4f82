import type { CoreContext } from '@asskomm/core';
import { createDb, type Database } from '@asskomm/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

const LIMIT = 4;

/**
 * The login rate limit is shared by all server instances (issue 8, section 5): two instances on one
 * database together allow LIMIT attempts per minute and client, not 2 × LIMIT. On PostgreSQL the second
 * instance has its own connection pool, as a second process would.
 */
describe(`login rate limit across instances (${BACKEND})`, () => {
  let ctx: CoreContext;
  let second: Database | null = null;
  let appA: FastifyInstance;
  let appB: FastifyInstance;

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_LOGIN_RATE_LIMIT: LIMIT } });
    appA = await buildTestApp(ctx);
    if (ctx.database.pool) {
      const url = String(ctx.database.pool.options.connectionString);
      second = await createDb({ kind: 'postgres', url, max: 2 });
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
  });

  const attempt = (app: FastifyInstance, ip: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email: 'niemand@example.org', password: 'falsch-falsch' },
    });

  it('counts attempts on both instances together and refuses the next with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      statuses.push((await attempt(i % 2 === 0 ? appA : appB, '203.0.113.7')).statusCode);
    expect(statuses).toEqual(new Array(LIMIT).fill(401));
    const refusedA = await attempt(appA, '203.0.113.7');
    const refusedB = await attempt(appB, '203.0.113.7');
    expect(refusedA.statusCode).toBe(429);
    expect(refusedB.statusCode).toBe(429);
    expect(refusedB.json().error.code).toBe('RATE_LIMITED');
    // Another client is counted on its own.
    expect((await attempt(appB, '198.51.100.2')).statusCode).toBe(401);
  });

  it('stores no IP address in the database', async () => {
    const { rows } = (await ctx.db.execute(sql`select key from rate_limits`)) as unknown as {
      rows: { key: string }[];
    };
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.key).join(' ')).not.toMatch(/203\.0\.113|198\.51\.100/);
  });
});
