import type { Db } from '@asskomm/db';
import { sql } from 'drizzle-orm';

/**
 * Deletes saved partial answers that can no longer be used: their wave's field period is over, or the
 * wave is not in the field (closing the wave deletes them too). Returns how many were deleted.
 */
export async function deleteExpiredPartialAnswers(db: Db, today: string): Promise<number> {
  const result = await db.execute(sql`
    delete from survey_partial_answers p
    using survey_waves w
    where p.wave_id = w.id and (w.status <> 'feldphase' or (w.field_end is not null and w.field_end < ${today}::date))
    returning 1`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

let lastRun = 0;
const EVERY_MS = 60 * 60 * 1000;

/** Runs the clean-up at most once an hour per process (called on saves, like expired sessions on login). */
export async function deleteExpiredPartialAnswersNow(db: Db, today: string, now = Date.now()): Promise<void> {
  if (now - lastRun < EVERY_MS) return;
  lastRun = now;
  await deleteExpiredPartialAnswers(db, today);
}
