/**
 * The inbox between redeeming a code and the final answer table.
 *
 * The transaction that marks a code as used must also store its answers (so a code counts once and no
 * acknowledged answer is lost), and PostgreSQL stamps both rows with that transaction's id (xmin). So
 * the answers first go into `survey_response_inbox`. Once a wave has at least `INBOX_BATCH` answers
 * waiting, one transaction moves them into `survey_responses` in random order with fresh ids (all
 * stamped with the moving transaction's id) and truncates the inbox: TRUNCATE gives the inbox a new,
 * empty relation file and the old one (with the redeeming transaction ids) is emptied at commit.
 * Answers of waves with fewer waiting are written back into the new inbox file, shuffled.
 *
 * What stays linkable during fieldwork is written down in docs/datenschutz-befragung.md.
 */
import { type Db, surveyResponseInbox, surveyResponses } from '@asskomm/db';
import { sql } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';

/** Answers per wave that must be waiting before they are moved: the smallest group a move reveals. */
export const INBOX_BATCH = 20;
/** A process tries to move answers at most this often (the move briefly locks the inbox). */
const MIN_INTERVAL_MS = 1000;

interface WaitingRow {
  wave_id: number;
  mode: string;
  submitted_on: string;
  questionnaire_version: string;
  values: unknown;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Moves the waiting answers of every wave with at least `minimum` of them (and all of `waveIds`) into
 * `survey_responses`, then truncates the inbox (a savepoint when `db` is a transaction). Gives up after
 * `lockTimeoutMs` if the inbox is busy (e.g. a backup reading it), so submissions never queue behind it.
 * Returns the number of answers moved.
 */
export async function moveInboxToResponses(
  db: Db,
  options: { minimum: number; waveIds?: readonly number[]; lockTimeoutMs?: number },
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local lock_timeout = ${Math.round(options.lockTimeoutMs ?? 200)}`));
    // Waits for running submissions; new ones wait for this (a few milliseconds).
    await tx.execute(sql`lock table ${surveyResponseInbox} in access exclusive mode`);
    const waiting = rowsOf<{ wave_id: number; n: number }>(
      await tx.execute(sql`select wave_id, count(*)::int as n from ${surveyResponseInbox} group by wave_id`),
    );
    const forced = new Set(options.waveIds ?? []);
    const moving = waiting
      .filter((w) => w.n >= options.minimum || forced.has(w.wave_id))
      .map((w) => w.wave_id);
    if (moving.length === 0) return 0;
    const list = sql.join(
      moving.map((id) => sql`${id}`),
      sql`, `,
    );
    await tx.execute(sql`
      insert into ${surveyResponses} (wave_id, mode, submitted_on, questionnaire_version, values)
      select wave_id, mode, submitted_on, questionnaire_version, values
      from ${surveyResponseInbox} where wave_id in (${list}) order by random()`);
    const kept = rowsOf<WaitingRow>(
      await tx.execute(sql`
        select wave_id, mode, submitted_on::text, questionnaire_version, values
        from ${surveyResponseInbox} where wave_id not in (${list})`),
    );
    await tx.execute(sql`truncate ${surveyResponseInbox}`);
    if (kept.length > 0) {
      await tx.execute(sql`
        insert into ${surveyResponseInbox} (wave_id, mode, submitted_on, questionnaire_version, values)
        select wave_id, mode, submitted_on, questionnaire_version, values
        from jsonb_to_recordset(${JSON.stringify(kept)}::jsonb)
          as k(wave_id int, mode text, submitted_on date, questionnaire_version text, values jsonb)
        order by random()`);
    }
    return waiting.filter((w) => moving.includes(w.wave_id)).reduce((s, w) => s + w.n, 0);
  });
}

let lastAttempt = 0;
let running: Promise<unknown> | null = null;

/**
 * Called after a submission was stored, with the number of answers now waiting for its wave: moves
 * them when there are enough, at most once a second per process. Never throws (the answer is stored;
 * a later submission or the end of fieldwork moves it).
 */
export async function moveInboxWhenFull(ctx: CoreContext, waitingForWave: number, now = Date.now()) {
  if (waitingForWave < INBOX_BATCH || running || now - lastAttempt < MIN_INTERVAL_MS) return;
  lastAttempt = now;
  // Waiting for the lock stalls the submissions queued behind it: give up after 50 ms, retry later.
  running = moveInboxToResponses(ctx.db, { minimum: INBOX_BATCH, lockTimeoutMs: 50 })
    .catch((error: Error & { code?: string; cause?: { code?: string } }) => {
      // 55P03: the inbox was busy (lock timeout); the next submission tries again.
      if ((error.cause?.code ?? error.code) !== '55P03')
        ctx.log.warn(`Antworten aus dem Eingang nicht verschoben (wird wiederholt): ${error.message}`);
    })
    .finally(() => {
      running = null;
    });
  await running;
}
