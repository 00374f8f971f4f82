import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { pgliteTemplateFile } from './pglite-template.mjs';
import * as schema from './schema/index';
import { whileLoopHeld } from './while-loop-held';

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
  /** PostgreSQL: how long withStartupLock waits for another process's start-up lock. */
  startupLockTimeoutMs?: number;
  close(): Promise<void>;
}

export type CreateDbOptions =
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */ }
  | { kind: 'postgres'; url: string; max?: number; startupLockTimeoutMs?: number };

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/**
 * A new data directory, and every in-memory database (`pgdata` null: the tests), starts from the prepared
 * template (pglite-template.mjs) when one matches the installed PGlite and the migrations; an existing
 * directory opens as it is.
 */
async function templateFor(pgdata: string | null): Promise<{ loadDataDir: Blob } | undefined> {
  if (pgdata && existsSync(join(pgdata, 'PG_VERSION'))) return undefined;
  const file = pgliteTemplateFile();
  return existsSync(file) ? { loadDataDir: new Blob([readFileSync(file)]) } : undefined;
}

/**
 * node-postgres and Drizzle's adapter for it, loaded only when a PostgreSQL database is opened: the
 * embedded default never needs them, and loading them is part of every start otherwise (issue 9).
 */
async function loadNodePostgres() {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  // int8 (count(*), bigserial) comes back as a string from node-postgres but as a number from PGlite;
  // parse it to a number so both backends return the same shapes (values stay far below 2^53 here).
  pg.types.setTypeParser(20, (value) => Number(value));
  return { pg, drizzlePg: drizzle, migratePg: migrate };
}

/** Opens the database and applies pending migrations. Takes the data-directory lock for PGlite. */
export function createDb(options: CreateDbOptions): Promise<Database> {
  return options.kind === 'postgres' ? openPostgres(options) : whileLoopHeld(() => openPglite(options));
}

async function openPostgres(options: Extract<CreateDbOptions, { kind: 'postgres' }>): Promise<Database> {
  const { pg, drizzlePg, migratePg } = await loadNodePostgres();
  // The application name shows in pg_stat_activity, so a waiting process can name who holds a lock.
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    application_name: 'asskomm',
  });
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
    startupLockTimeoutMs: options.startupLockTimeoutMs,
    close: () => pool.end(),
  };
  await withStartupLock(database, () =>
    migratePg(drizzlePg({ client: pool }), { migrationsFolder: MIGRATIONS_DIR }),
  );
  return database;
}

async function openPglite(options: Extract<CreateDbOptions, { kind: 'pglite' }>): Promise<Database> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (options.dataDir) {
    const dataDir = resolve(options.dataDir);
    lock = lockDataDir(dataDir);
    try {
      client = await PGlite.create(join(dataDir, 'pgdata'), await templateFor(join(dataDir, 'pgdata')));
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create(await templateFor(null));
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
export const STARTUP_LOCK_KEY = 4_217_301;
const DEFAULT_STARTUP_LOCK_TIMEOUT_MS = 60_000;
const POLL_MS = 250;

/** Thrown when another connection holds the start-up lock for longer than the timeout. */
export class StartupLockTimeoutError extends Error {
  constructor(
    readonly waitedMs: number,
    readonly holder: string,
  ) {
    super(
      `Die Start-Sperre der Datenbank (PostgreSQL-Advisory-Lock ${STARTUP_LOCK_KEY}) ist nach ${Math.round(waitedMs / 1000)} s ` +
        `noch belegt: ${holder}. Ein anderer ASSKomm-Prozess startet gerade oder führt einen Befehl aus (z. B. Migrationen, ` +
        'backup, restore). Warten Sie, bis er fertig ist, oder beenden Sie ihn; die Wartezeit stellt ASSKOMM_STARTUP_LOCK_SECONDS ein.',
    );
    this.name = 'StartupLockTimeoutError';
  }
}

/** Who holds the start-up lock, in words (for the waiting message and the timeout error). */
async function describeLockHolder(client: pg.Client): Promise<string> {
  const result = await client.query<{
    pid: number;
    application_name: string | null;
    client_addr: string | null;
    state: string | null;
    since: string | null;
  }>(
    `select a.pid, a.application_name, host(a.client_addr) as client_addr, a.state,
            to_char(a.backend_start at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"') as since
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = $1 and l.objsubid = 1
        and l.database = (select oid from pg_database where datname = current_database())`,
    [STARTUP_LOCK_KEY],
  );
  const row = result.rows[0];
  if (!row) return 'von einer Verbindung, die nicht mehr zu sehen ist';
  const app = row.application_name ? `Anwendung „${row.application_name}“` : 'ohne Anwendungsnamen';
  return `von der Datenbankverbindung mit PID ${row.pid} (${app}, ${row.client_addr ?? 'lokal'}, Status ${row.state ?? 'unbekannt'}, verbunden seit ${row.since ?? '?'})`;
}

export interface StartupLockOptions {
  /** How long to wait for another process's lock (default 60 s). */
  timeoutMs?: number;
  /** Told once when the lock is taken by someone else and waiting begins. */
  onWait?: (message: string) => void;
}

/**
 * Runs `fn` while holding a PostgreSQL advisory lock, so several server instances that start at the same
 * time on one database migrate and seed one after the other instead of racing. PGlite needs none: its data
 * directory is locked to one process.
 *
 * The lock lives on a connection of its own, outside the pool: `fn` uses the pool, and a pool of one
 * connection holding the lock would wait for itself forever. Waiting is bounded: after `timeoutMs` a
 * StartupLockTimeoutError names the connection that holds the lock.
 */
export async function withStartupLock<T>(
  database: Database,
  fn: () => Promise<T>,
  options: StartupLockOptions = {},
): Promise<T> {
  if (!database.pool) return fn();
  const { default: pg } = await import('pg');
  const timeoutMs = options.timeoutMs ?? database.startupLockTimeoutMs ?? DEFAULT_STARTUP_LOCK_TIMEOUT_MS;
  const client = new pg.Client({ ...database.pool.options, application_name: 'asskomm (Start-Sperre)' });
  await client.connect();
  try {
    const started = Date.now();
    let told = false;
    for (;;) {
      const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [
        STARTUP_LOCK_KEY,
      ]);
      if (result.rows[0]?.locked) break;
      const waited = Date.now() - started;
      if (waited >= timeoutMs) throw new StartupLockTimeoutError(waited, await describeLockHolder(client));
      if (!told) {
        told = true;
        const onWait = options.onWait ?? ((m: string) => console.error(m));
        onWait(
          `Warte auf die Start-Sperre der Datenbank (höchstens ${Math.round(timeoutMs / 1000)} s): belegt ${await describeLockHolder(client)}.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(1, timeoutMs - waited))));
    }
    try {
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
