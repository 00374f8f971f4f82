import { users } from '@asskomm/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-platform';
import { BOOTSTRAP_ADMIN_EMAIL, type CoreContext, DEMO_AGS, openPlatform, testConfig } from '../src/index';

describe('openPlatform', () => {
  let ctx: CoreContext | undefined;
  afterEach(async () => {
    await ctx?.database.close();
    ctx = undefined;
  });

  it('creates the demo municipality and, for the server start only, a first admin with a one-time password', async () => {
    const lines: string[] = [];
    const log = {
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const database = await createTestDatabase();
    ctx = await openPlatform(testConfig({ ASSKOMM_SECRET: 's'.repeat(32) }), {
      database,
      log,
      skipReference: true,
      bootstrapAdmin: true,
    });
    const accounts = await ctx.db.select().from(users);
    expect(accounts.map((u) => [u.email, u.role, u.mustChangePassword])).toEqual([
      [BOOTSTRAP_ADMIN_EMAIL, 'admin', true],
    ]);
    expect(lines.join('\n')).toMatch(/Einmalpasswort: \S{23}/);
    const demo = await ctx.db.query.municipalities.findFirst({ where: (m, { eq }) => eq(m.ags, DEMO_AGS) });
    expect(demo).toMatchObject({ name: 'Musterstadt (Demodaten)', isDemo: true });

    // A second start finds the account and prints no new password.
    lines.length = 0;
    await openPlatform(testConfig({ ASSKOMM_SECRET: 's'.repeat(32) }), {
      database,
      log,
      skipReference: true,
      bootstrapAdmin: true,
    });
    expect(lines.join('\n')).not.toMatch(/Einmalpasswort/);
    expect(await ctx.db.select().from(users)).toHaveLength(1);
  });

  it('lets two instances start at once on an empty database: one first admin, no crash', async () => {
    const database = await createTestDatabase();
    const quiet = { info() {}, warn() {}, error() {} };
    const config = testConfig({ ASSKOMM_SECRET: 's'.repeat(32) });
    const starts = await Promise.all([
      openPlatform(config, { database, log: quiet, skipReference: true, bootstrapAdmin: true }),
      openPlatform(config, { database, log: quiet, skipReference: true, bootstrapAdmin: true }),
    ]);
    ctx = starts[0];
    expect((await ctx.db.select().from(users)).map((u) => u.email)).toEqual([BOOTSTRAP_ADMIN_EMAIL]);
  });

  it('says how to load reference data when none is found, and still starts', async () => {
    const lines: string[] = [];
    const log = {
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m),
    };
    const database = await createTestDatabase();
    ctx = await openPlatform(
      testConfig({ ASSKOMM_SECRET: 's'.repeat(32), ASSKOMM_REFERENCE_DIR: '/nonexistent' }),
      { database, log },
    );
    expect(lines.join('\n')).toMatch(/asskomm reference load VERZEICHNIS/);
    expect(await ctx.db.select().from(users)).toHaveLength(0);
  });
});
