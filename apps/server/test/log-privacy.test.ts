import type { CoreContext } from '@asskomm/core';
import { buildApp } from '@asskomm/server';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../../test/helpers/test-app';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';

/**
 * No log line holds a query parameter (issue 8, section 2): neither the values of a failed database
 * query (e-mail, argon2 hash) nor the query string of a request, even at log level debug.
 */
describe(`log privacy (${BACKEND})`, () => {
  let ctx: CoreContext;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false, config: { ASSKOMM_LOG_LEVEL: 'debug' } });
    app = await buildApp(ctx, {
      logger: { level: 'debug', stream: { write: (line: string) => lines.push(line) } },
      webDist: '/nonexistent-web-dist',
    });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.database.close();
  });

  it('logs a failed query without its parameter values', async () => {
    const admin = await loginAs(app, ctx, { email: 'admin@example.org', role: 'admin' });
    // Every insert into users fails from now on, as a broken database would make it fail.
    await ctx.db.execute(
      sql.raw(`create function asskomm_test_refuse() returns trigger language plpgsql as $$
        begin raise exception 'Testfehler beim Anlegen'; end $$`),
    );
    await ctx.db.execute(
      sql.raw(
        'create trigger asskomm_test_refuse before insert on users for each row execute function asskomm_test_refuse()',
      ),
    );
    lines.length = 0;
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'vertraulich.person@example.org', name: 'Vertraulich Person', role: 'admin' },
    });
    expect(res.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('insert into \\"users\\"'); // the SQL text stays, for the operator
    expect(log).not.toContain('vertraulich');
    expect(log).not.toContain('Vertraulich');
    expect(log).not.toContain('$argon2');
    expect(log).not.toMatch(/params/i);
  });

  it('logs requests without their query string', async () => {
    lines.length = 0;
    await app.inject({ method: 'GET', url: '/api/health?suchbegriff=Geheimstrasse%2012' });
    const log = lines.join('');
    expect(log).toContain('/api/health'); // request logging is on at debug level
    expect(log).not.toContain('Geheimstrasse');
    expect(log).not.toContain('suchbegriff');
  });
});
