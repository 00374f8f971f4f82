import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import * as schema from './schema/index';

/** Format of a backup file: one JSON document with every table's rows. Written gzip-compressed by the CLI. */
export interface BackupDocument {
  format: 'asskomm-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
  /** What was deliberately left out (e.g. sessions, the generated secret), for the reader of the file. */
  omitted?: string[];
  /** Fingerprint of the secret the access codes were made with (see core's code-secret.ts); not the secret. */
  secretFingerprint?: string;
}

export interface DumpOptions {
  /** Tables written empty (e.g. sessions: worthless after a restore, and they carry CSRF tokens). */
  skipTables?: readonly string[];
  /** Rows left out of a table (e.g. the generated secret in settings). */
  skipRow?: (table: string, row: Record<string, unknown>) => boolean;
}

/** All tables of the schema, parents before children (foreign keys), so inserts never violate a reference. */
export function tablesInDependencyOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const byName = new Map(tables.map((t) => [getTableName(t), t]));
  const ordered: PgTable[] = [];
  const seen = new Set<string>();
  const visit = (table: PgTable) => {
    const name = getTableName(table);
    if (seen.has(name)) return;
    seen.add(name);
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      const parentTable = byName.get(parent);
      if (parentTable && parent !== name) visit(parentTable);
    }
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/** Reads every table with its database column names. Runs in one repeatable-read snapshot. */
export async function dumpDatabase(db: Db, options: DumpOptions = {}): Promise<BackupDocument> {
  const tables: BackupDocument['tables'] = {};
  await db.transaction(
    async (tx) => {
      for (const table of tablesInDependencyOrder()) {
        const name = getTableName(table);
        if (options.skipTables?.includes(name)) {
          tables[name] = [];
          continue;
        }
        // to_jsonb keeps every type (dates, jsonb, numerics) in a lossless text/JSON form.
        // Ordered by the row text so two dumps of the same data are identical (comparable, diffable).
        const result = await tx.execute(
          sql`select to_jsonb(t) as row from ${sql.identifier(name)} t order by t::text`,
        );
        tables[name] = rowsOf(result)
          .map((r) => r.row as Record<string, unknown>)
          .filter((row) => !options.skipRow?.(name, row));
      }
    },
    { isolationLevel: 'repeatable read' },
  );
  return { format: 'asskomm-backup', version: 1, createdAt: new Date().toISOString(), tables };
}

/**
 * Replaces all data with the backup's, in one transaction: either everything is restored or nothing
 * changes. Serial/identity sequences are moved past the restored ids.
 */
export async function restoreDatabase(
  db: Db,
  backup: BackupDocument,
  options: { after?: (tx: Db) => Promise<void> } = {},
): Promise<{ tables: number; rows: number }> {
  if (backup?.format !== 'asskomm-backup' || backup.version !== 1 || typeof backup.tables !== 'object') {
    throw new Error('Die Datei ist keine ASSKomm-Sicherung (format asskomm-backup, version 1).');
  }
  const ordered = tablesInDependencyOrder();
  const known = new Set(ordered.map((t) => getTableName(t)));
  for (const name of Object.keys(backup.tables)) {
    if (!known.has(name)) throw new Error(`Die Sicherung enthält die unbekannte Tabelle "${name}".`);
  }
  let rowCount = 0;
  await db.transaction(async (tx) => {
    const names = ordered.map((t) => sql.identifier(getTableName(t)));
    await tx.execute(sql`truncate ${sql.join(names, sql`, `)} cascade`);
    for (const table of ordered) {
      const name = getTableName(table);
      const rows = backup.tables[name] ?? [];
      if (rows.length === 0) continue;
      rowCount += rows.length;
      // jsonb_populate_recordset maps JSON keys to columns by name and casts to each column's type.
      await tx.execute(
        sql`insert into ${sql.identifier(name)} select * from jsonb_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(rows)}::jsonb)`,
      );
      for (const column of Object.values(getTableConfig(table).columns)) {
        const seq = await tx.execute(sql`select pg_get_serial_sequence(${name}, ${column.name}) as seq`);
        const seqName = rowsOf(seq)[0]?.seq as string | null;
        if (!seqName) continue;
        await tx.execute(
          sql`select setval(${seqName}, (select coalesce(max(${sql.identifier(column.name)}), 0) + 1 from ${sql.identifier(name)}), false)`,
        );
      }
    }
    await options.after?.(tx as unknown as Db);
  });
  return { tables: ordered.length, rows: rowCount };
}
