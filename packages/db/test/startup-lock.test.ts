import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, STARTUP_LOCK_KEY, StartupLockTimeoutError, withStartupLock } from '../src/index';

const URL_BASE = process.env.DATABASE_URL;
if (!URL_BASE) console.warn('DATABASE_URL is not set: the PostgreSQL start-up lock tests are skipped.');

/** Fails instead of hanging when `promise` does not settle in time (a deadlock would hang forever). */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: nach ${ms} ms hängen geblieben`)), ms),
    ),
  ]);
}

/** The PostgreSQL start-up lock (issue 8, section 5): bounded waiting, no self-deadlock with one connection. */
describe.skipIf(!URL_BASE)('PostgreSQL start-up lock', () => {
  const name = `asskomm_lock_${randomBytes(5).toString('hex')}`;
  let url = '';
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: URL_BASE });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(URL_BASE!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: URL_BASE });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('works with a pool of a single connection (migrations and the work inside the lock)', async () => {
    const database = await within(30_000, createDb({ kind: 'postgres', url, max: 1 }), 'createDb mit max: 1');
    try {
      const result = await within(
        10_000,
        withStartupLock(database, () => database.db.execute(sql`select 1 as one`)),
        'Abfrage unter der Start-Sperre mit max: 1',
      );
      expect((result as unknown as { rows: { one: number }[] }).rows[0]?.one).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('gives up after the timeout and names who holds the lock', async () => {
    const database = await createDb({ kind: 'postgres', url, max: 2 });
    const holder = new pg.Client({ connectionString: url, application_name: 'sperrender-prozess' });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
      const { rows } = await holder.query<{ pid: number }>('select pg_backend_pid() as pid');
      const waits: string[] = [];
      let ran = false;
      const error = await within(
        15_000,
        withStartupLock(
          database,
          async () => {
            ran = true;
          },
          { timeoutMs: 1_500, onWait: (m) => waits.push(m) },
        ).catch((e: unknown) => e),
        'Warten auf die Start-Sperre',
      );
      expect(error).toBeInstanceOf(StartupLockTimeoutError);
      const message = (error as Error).message;
      expect(message).toContain(`PID ${rows[0]!.pid}`);
      expect(message).toContain('sperrender-prozess');
      expect(message).toMatch(/Start-Sperre/);
      expect(ran).toBe(false);
      expect(waits).toHaveLength(1);
      expect(waits[0]).toMatch(/Warte auf die Start-Sperre.*sperrender-prozess/);

      // Released by the holder: the next attempt gets the lock.
      await holder.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      await withStartupLock(database, async () => {
        ran = true;
      });
      expect(ran).toBe(true);
    } finally {
      await holder.end();
      await database.close();
    }
  });
});
