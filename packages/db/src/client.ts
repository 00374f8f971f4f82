import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** The Drizzle database, the same type for PGlite and node-postgres, so all queries are shared code. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /** Where the data lives: the PGlite directory, or the PostgreSQL URL without password. */
  location: string;
  /** Raw access for bulk paths (COPY); exactly one of the two is set. */
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export type CreateDbOptions =
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */ }
  | { kind: 'postgres'; url: string; max?: number };

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

// int8 (count(*), bigserial) comes back as a string from node-postgres but as a number from PGlite;
// parse it to a number so both backends return the same shapes (values stay far below 2^53 here).
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens the database and applies pending migrations. Takes the data-directory lock for PGlite. */
export async function createDb(options: CreateDbOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 10 });
    // An idle connection that the server drops (restart, failover) emits 'error' on the pool; without a
    // listener that would crash the process. The pool replaces the connection on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL-Verbindung getrennt: ${error.message}`));
    try {
      await pool.query('select 1');
    } catch (error) {
      await pool.end();
      throw new Error(
        `PostgreSQL unter ${redactUrl(options.url)} ist nicht erreichbar: ${(error as Error).message}`,
      );
    }
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    const database: Database = {
      db,
      kind: 'postgres',
      location: redactUrl(options.url),
      pool,
      close: () => pool.end(),
    };
    await withStartupLock(database, () =>
      migratePg(drizzlePg({ client: pool }), { migrationsFolder: MIGRATIONS_DIR }),
    );
    return database;
  }
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    lock = lockDataDir(dataDir);
    try {
      client = await PGlite.create(join(dataDir, 'pgdata'));
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  try {
    await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    await client.close();
    lock?.release();
    throw error;
  }
  return {
    db,
    kind: 'pglite',
    location: options.dataDir ? resolve(options.dataDir) : ':memory:',
    pglite: client,
    close: async () => {
      await client.close();
      lock?.release();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Number of migrations shipped vs. applied, for /api/health. */
export async function migrationState(
  db: Db,
): Promise<{ shipped: number; applied: number; current: boolean }> {
  const journalPath = join(MIGRATIONS_DIR, 'meta', '_journal.json');
  const shipped = existsSync(journalPath)
    ? (JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] }).entries.length
    : 0;
  const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  const applied = Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  return { shipped, applied, current: shipped === applied };
}

/** Arbitrary constant naming the platform's start-up lock among PostgreSQL advisory locks. */
const STARTUP_LOCK_KEY = 4_217_301;

/**
 * Runs `fn` while holding a PostgreSQL advisory lock, so several server instances that start at the same
 * time on one database migrate and seed one after the other instead of racing. PGlite needs none: its data
 * directory is locked to one process.
 */
export async function withStartupLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (!database.pool) return fn();
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
