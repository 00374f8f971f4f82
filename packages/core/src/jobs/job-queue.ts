/**
 * The queue over the `job_items` table, the same SQL on PostgreSQL and PGlite. Any number of worker
 * processes claim items with `FOR UPDATE SKIP LOCKED`; a claim is a lease (token and expiry) that the
 * worker renews while it works. A killed worker's item becomes claimable again when its lease runs
 * out. Completing is fenced by the token: a worker whose lease was taken over cannot complete the item,
 * so every item is done exactly once, and its output is the one the database names.
 */
import type { Db } from '@asskomm/db';
import { sql } from 'drizzle-orm';

export interface ClaimedItem {
  id: number;
  jobId: number;
  seq: number;
  kind: string;
  params: Record<string, unknown>;
  attempts: number;
  token: string;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Claims the next open item whose time has come, or returns null. */
export async function claimItem(db: Db, token: string, leaseMs: number): Promise<ClaimedItem | null> {
  const rows = rowsOf<{
    id: number;
    job_id: number;
    seq: number;
    kind: string;
    params: Record<string, unknown>;
    attempts: number;
  }>(
    await db.execute(sql`
      update job_items set lease_token = ${token},
        lease_until = now() + make_interval(secs => ${leaseMs / 1000}), attempts = attempts + 1
      where id = (
        select id from job_items
        where status = 'offen' and run_after <= now() and (lease_until is null or lease_until < now())
        order by job_id, seq limit 1
        for update skip locked)
      returning id, job_id, seq, kind, params, attempts`),
  );
  const row = rows[0];
  if (!row) return null;
  await db.execute(sql`
    update jobs set status = 'laeuft', started_at = coalesce(started_at, now())
    where id = ${row.job_id} and status = 'wartend'`);
  return {
    id: row.id,
    jobId: row.job_id,
    seq: row.seq,
    kind: row.kind,
    params: row.params,
    attempts: Number(row.attempts),
    token,
  };
}

/** Extends the lease; false when the item is no longer this worker's. */
export async function renewLease(db: Db, item: ClaimedItem, leaseMs: number): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`
      update job_items set lease_until = now() + make_interval(secs => ${leaseMs / 1000})
      where id = ${item.id} and lease_token = ${item.token} and status = 'offen'
      returning id`),
  );
  return rows.length === 1;
}

/**
 * Marks the item done with its output, in the caller's transaction; false when the lease was lost
 * (the caller then discards its output). Counts report progress and opens the pack step after the
 * last report: concurrent completions serialise on the job's row, so exactly one sees the last.
 */
export async function completeItem(
  tx: Db,
  item: ClaimedItem,
  done: { output: string | null; doneBy: string },
): Promise<boolean> {
  const rows = rowsOf(
    await tx.execute(sql`
      update job_items set status = 'fertig', done_at = now(), output = ${done.output},
        done_by = ${done.doneBy}, lease_token = null, lease_until = null
      where id = ${item.id} and lease_token = ${item.token} and status = 'offen'
      returning id`),
  );
  if (rows.length !== 1) return false;
  if (item.kind === 'pack') return true;
  await tx.execute(sql`update jobs set done = done + 1 where id = ${item.jobId}`);
  await tx.execute(sql`
    update job_items set status = 'offen', run_after = now()
    where job_id = ${item.jobId} and status = 'warten'
      and not exists (select 1 from job_items o where o.job_id = ${item.jobId}
                      and o.kind <> 'pack' and o.status <> 'fertig')`);
  return true;
}

/**
 * After an error: the item is released for another try after `retryMs`, or, at its last attempt, it
 * and its job fail with the German message `error` (the job's remaining items are cancelled).
 * Returns whether the job failed; false also when the lease was lost.
 */
export async function failItem(
  db: Db,
  item: ClaimedItem,
  options: { error: string; retryMs: number; final: boolean },
): Promise<'retry' | 'failed' | 'lost'> {
  return db.transaction(async (tx) => {
    if (!options.final) {
      const rows = rowsOf(
        await tx.execute(sql`
          update job_items set lease_token = null, lease_until = null, last_error = ${options.error},
            run_after = now() + make_interval(secs => ${options.retryMs / 1000})
          where id = ${item.id} and lease_token = ${item.token} and status = 'offen'
          returning id`),
      );
      return rows.length === 1 ? 'retry' : 'lost';
    }
    const rows = rowsOf(
      await tx.execute(sql`
        update job_items set status = 'fehlgeschlagen', lease_token = null, lease_until = null,
          last_error = ${options.error}, done_at = now()
        where id = ${item.id} and lease_token = ${item.token} and status = 'offen'
        returning id`),
    );
    if (rows.length !== 1) return 'lost';
    await tx.execute(sql`
      update job_items set status = 'abgebrochen'
      where job_id = ${item.jobId} and status in ('offen', 'warten')`);
    await tx.execute(sql`
      update jobs set status = 'fehlgeschlagen', error = ${options.error}, finished_at = now()
      where id = ${item.jobId}`);
    return 'failed';
  });
}
