import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpDatabase, municipalities, users } from '@asskomm/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, createTestPlatform } from '../../../test/helpers/test-platform';
import {
  backupToFile,
  type CoreContext,
  createUser,
  restoreFromFile,
  updateMunicipality,
} from '../src/index';

describe(`backup and restore (${BACKEND})`, () => {
  let ctx: CoreContext;
  let target: CoreContext;
  const dir = mkdtempSync(join(tmpdir(), 'asskomm-backup-'));
  beforeAll(async () => {
    ctx = await createTestPlatform();
    target = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx.database.close();
    await target.database.close();
  });

  it('round-trips all data into a fresh database, including sequences', async () => {
    const admin = await createUser(ctx, 'system', {
      email: 'admin@example.org',
      role: 'admin',
      password: 'Sehr-geheim-2026',
    });
    const actor = {
      id: admin.id,
      email: admin.email,
      name: 'A',
      role: 'admin' as const,
      ags: null,
      assignedAgs: [],
    };
    await updateMunicipality(ctx, actor, '14999999', {
      preventionCouncilName: 'Rat „Sicheres Musterstadt“ – ÄÖÜß',
      contacts: [{ name: 'Frau Beispiel', role: 'Leitung', email: 'b@example.org', phone: null }],
    });
    const file = join(dir, 'voll.json.gz');
    const written = await backupToFile(ctx, file);
    expect(written.rows).toBeGreaterThan(5);
    const before = await dumpDatabase(ctx.db);

    await restoreFromFile(target, file);
    const after = await dumpDatabase(target.db);
    const { audit_log: auditAfter, ...restAfter } = after.tables;
    const { audit_log: auditBefore, ...restBefore } = before.tables;
    expect(restAfter).toEqual(restBefore);
    // The restore itself is audited, so the log has exactly one more entry.
    expect(auditAfter!.length).toBe(auditBefore!.length + 1);

    // Sequences continue after the restored ids: a new user gets a fresh id.
    const next = await createUser(target, 'system', {
      email: 'neu@example.org',
      role: 'coach',
      password: 'Sehr-geheim-2026',
    });
    expect(next.id).toBeGreaterThan(admin.id);
    const [m] = await target.db.select().from(municipalities).where(eq(municipalities.ags, '14999999'));
    expect(m?.preventionCouncilName).toBe('Rat „Sicheres Musterstadt“ – ÄÖÜß');
  });

  it('rejects a broken backup and changes nothing', async () => {
    const countBefore = (await target.db.select().from(users)).length;
    const notJson = join(dir, 'kaputt.json');
    writeFileSync(notJson, '{"format": "asskomm-backup", "version": 1, "tables": {');
    await expect(restoreFromFile(target, notJson)).rejects.toThrow(/nicht lesbar/);
    const foreign = join(dir, 'fremd.json');
    writeFileSync(
      foreign,
      JSON.stringify({ format: 'asskomm-backup', version: 1, tables: { users: [], geheim: [] } }),
    );
    await expect(restoreFromFile(target, foreign)).rejects.toThrow(/unbekannte Tabelle "geheim"/);
    const badRow = join(dir, 'zeile.json');
    writeFileSync(
      badRow,
      JSON.stringify({ format: 'asskomm-backup', version: 1, tables: { users: [{ id: 1, email: null }] } }),
    );
    await expect(restoreFromFile(target, badRow)).rejects.toThrow(/nichts wurde geändert/);
    expect((await target.db.select().from(users)).length).toBe(countBefore);
  });
});
