/**
 * The end of fieldwork unlinks answers from access codes, also on disk (issue 8).
 *
 * In the closing transaction (`unlinkWaveRows`):
 * - saved partial answers of the wave are deleted;
 * - answers still in the inbox are moved into `survey_responses`;
 * - the per-code rows are replaced by their counts by district and letter batch (`survey_code_counts`): nothing is left
 *   that names a code;
 * - every answer of the wave is rewritten in random order with a fresh id, so all carry the closing
 *   transaction's id.
 * After the commit (`rewriteSurveyTables`): the deleted row versions are still bytes on the tables'
 * pages (a plain VACUUM only marks them free), so VACUUM FULL rewrites the four tables into new relation
 * files (the old files are emptied at commit and removed at the next checkpoint), then CHECKPOINT.
 * VACUUM FULL keeps row versions that an older snapshot may still see, so on PostgreSQL it first waits
 * until no other session of this database holds one.
 */
import type { Database, Db } from '@asskomm/db';
import { sql } from 'drizzle-orm';
import type { CoreLogger } from '../../context.ts';
import { INBOX_BATCH, moveInboxToResponses } from '../public/response-inbox.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The tables that held per-code rows or answers during fieldwork. */
export const SURVEY_LINK_TABLES = [
  'survey_access_codes',
  'survey_partial_answers',
  'survey_response_inbox',
  'survey_responses',
] as const;

export interface UnlinkedCounts {
  partialAnswersDeleted: number;
  codes: number;
  responses: number;
  /** The closing transaction's id: row versions older than it must not be visible to anyone. */
  xid: string | null;
}

/** Runs in the closing transaction `tx` (see the file comment). */
export async function unlinkWaveRows(tx: Db, waveId: number): Promise<UnlinkedCounts> {
  const partials = rowsOf(
    await tx.execute(sql`delete from survey_partial_answers where wave_id = ${waveId} returning 1`),
  );
  await moveInboxToResponses(tx, { minimum: INBOX_BATCH, waveIds: [waveId], lockTimeoutMs: 10_000 });
  await tx.execute(sql`
    insert into survey_code_counts (wave_id, district, sample_run_id, issued, used)
    select wave_id, district, sample_run_id, count(*)::int, (count(*) filter (where used))::int
    from survey_access_codes where wave_id = ${waveId} group by wave_id, district, sample_run_id`);
  const codes = rowsOf(
    await tx.execute(sql`delete from survey_access_codes where wave_id = ${waveId} returning 1`),
  );
  const responses = rowsOf(
    await tx.execute(sql`
      with moved as (
        delete from survey_responses where wave_id = ${waveId}
        returning wave_id, mode, submitted_on, questionnaire_version, values)
      insert into survey_responses (wave_id, mode, submitted_on, questionnaire_version, values)
      select * from moved order by random()
      returning 1`),
  );
  const [xid] = rowsOf<{ xid: string }>(await tx.execute(sql`select pg_current_xact_id()::text as xid`));
  return {
    partialAnswersDeleted: partials.length,
    codes: codes.length,
    responses: responses.length,
    xid: xid?.xid ?? null,
  };
}

const WAIT_FOR_SNAPSHOTS_MS = 30_000;

/**
 * Rewrites the survey tables into new relation files and checkpoints (after `unlinkWaveRows` committed).
 * Returns the problems that left old row versions behind (empty when everything was rewritten); the
 * caller logs them, and the operator can repeat it with `VACUUM FULL` (docs/datenschutz-befragung.md).
 */
export async function rewriteSurveyTables(
  database: Database,
  closingXid: string | null,
  log: CoreLogger,
): Promise<string[]> {
  const problems: string[] = [];
  const tables = SURVEY_LINK_TABLES.join(', ');
  if (database.pglite) {
    // One connection, no other snapshot: everything deleted is gone after the rewrite.
    await database.pglite.exec(`vacuum full ${tables}`);
    await database.pglite.exec('checkpoint');
    return problems;
  }
  if (!database.pool) return ['database without a driver'];
  const client = await database.pool.connect();
  try {
    if (closingXid !== null) {
      // xid8 compares without wrap-around; a session's snapshot older than the closing transaction
      // would keep the deleted row versions alive through VACUUM FULL.
      const older = `
        select (select count(*)::int from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()
                  and ((backend_xmin is not null and age(backend_xmin) >= age(($1::xid8)::xid))
                    -- a writing transaction idle between statements has an id but no snapshot
                    or (backend_xid is not null and age(backend_xid) >= age(($1::xid8)::xid)))) as sessions,
               (select count(*)::int from pg_replication_slots
                where xmin is not null and age(xmin) >= age(($1::xid8)::xid)) as slots`;
      const deadline = Date.now() + WAIT_FOR_SNAPSHOTS_MS;
      for (;;) {
        const { sessions, slots } = (await client.query(older, [closingXid])).rows[0] as {
          sessions: number;
          slots: number;
        };
        if (slots > 0) {
          problems.push(
            `${slots} Replikations-Slot(s) mit xmin halten alte Zeilenversionen fest (hot_standby_feedback)`,
          );
          break;
        }
        if (sessions === 0) break;
        if (Date.now() > deadline) {
          problems.push(`${sessions} Datenbanksitzung(en) mit älterem Snapshot nach 30 s noch offen`);
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await client.query(`set lock_timeout = '30s'`);
    try {
      await client.query(`vacuum (full) ${tables}`);
    } catch (error) {
      problems.push(`VACUUM FULL: ${(error as Error).message}`);
    }
    try {
      await client.query('checkpoint');
    } catch (error) {
      // Needs superuser or (PostgreSQL ≥ 15) the role pg_checkpoint; the next regular checkpoint follows.
      problems.push(`CHECKPOINT: ${(error as Error).message}`);
    }
    await client.query('reset lock_timeout');
  } finally {
    client.release();
  }
  for (const p of problems) log.warn(`Abschluss der Feldphase: ${p}`);
  return problems;
}
