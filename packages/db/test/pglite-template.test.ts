// Issue 9: a new PGlite data directory starts from the prepared template instead of initdb. The result
// must be the same database: every table of the migrations, the migration recorded as applied, no rows,
// and data written afterwards survives a reopen.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { createDb, MIGRATIONS_DIR, migrationState } from '../src/index';
import { ensurePgliteTemplate, pgliteTemplateFile } from '../src/pglite-template.mjs';

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function tables(run: (query: string) => Promise<unknown>): Promise<string[]> {
  const result = await run(
    "select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') order by 1",
  );
  return rows<{ name: string }>(result).map((r) => r.name);
}

describe('PGlite template for new data directories', () => {
  it('is named after the PGlite version and the migrations, and made once', async () => {
    const file = await ensurePgliteTemplate();
    expect(file).toBe(pgliteTemplateFile());
    expect(file).toMatch(/pglite-template-[0-9a-f]{16}\.tar\.gz$/);
    expect(await ensurePgliteTemplate()).toBe(file);
  });

  it('gives the same schema as initdb plus migrations, with the migration applied and no data', async () => {
    await ensurePgliteTemplate();
    const dir = mkdtempSync(join(tmpdir(), 'asskomm-template-'));
    const fromTemplate = await createDb({ kind: 'pglite', dataDir: dir });
    const state = await migrationState(fromTemplate.db);
    expect(state.current).toBe(true);
    expect(state.applied).toBeGreaterThan(0);
    const templateTables = await tables((q) => fromTemplate.db.execute(sql.raw(q)));
    expect(templateTables).toContain('public.municipalities');
    const counted = rows<{ n: number }>(
      await fromTemplate.db.execute(sql`select count(*)::int as n from municipalities`),
    );
    expect(counted[0]?.n).toBe(0);
    await fromTemplate.db.execute(sql`insert into settings (key, value) values ('probe', 'vorlage')`);
    await fromTemplate.close();

    // The reference: an in-memory database made by initdb and the migrator (PGlite without a template;
    // createDb's in-memory databases start from the template too).
    const reference = await PGlite.create();
    await migrate(drizzle({ client: reference }), { migrationsFolder: MIGRATIONS_DIR });
    expect(templateTables).toEqual(await tables((q) => reference.query(q)));
    await reference.close();

    // Reopened as an existing directory (no template involved): the row is still there.
    const reopened = new PGlite(join(dir, 'pgdata'));
    const probe = await reopened.query<{ value: string }>("select value from settings where key = 'probe'");
    expect(probe.rows[0]?.value).toBe('vorlage');
    await reopened.close();
  });
});
