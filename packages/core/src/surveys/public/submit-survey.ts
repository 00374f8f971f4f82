/**
 * Submission of the online questionnaire: exactly once per code, anonymous by design.
 *
 * One transaction, two statements:
 * 1. `UPDATE survey_access_codes SET used = true WHERE code_hash = $1 AND NOT used …` (joined with the
 *    wave, which must be in the field) `RETURNING` the wave and its questionnaire version. Of any number
 *    of concurrent transactions, on any number of server processes, only one can do this: the others wait
 *    for the row lock, then find the code used and get 0 rows.
 * 2. The answers are validated against that wave's frozen questionnaire (invalid: the transaction is
 *    rolled back, the code stays unused), then one statement deletes the code's saved partial answers and
 *    inserts the response. Being a new statement, it sees a save that committed while (1) waited for the
 *    lock (saves lock the code row too, so no save can land after this).
 * Four round trips in all (BEGIN, 1, 2, COMMIT); the questionnaire comes from a per-process cache.
 *
 * The response row holds the wave, the mode, the day, the questionnaire version and the answers: no code,
 * no hash, no time of day, no IP address or user agent, and its id is a random uuid.
 */
import { sql } from 'drizzle-orm';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { validateAnswers } from '../answers/validate-answers.ts';
import { berlinDate } from '../waves/berlin-date.ts';
import { frozenQuestionnaireByVersion } from '../waves/frozen-questionnaire.ts';
import { answersRejected } from './answer-errors.ts';
import { assertOpen, codeHashOf, lookupCode } from './resolve-code.ts';

interface Redeemed {
  wave_id: number;
  version: string | null;
}

export async function submitSurvey(
  ctx: CoreContext,
  input: { code: string; values: unknown },
): Promise<void> {
  const hash = codeHashOf(input.code, ctx.secret);
  const today = berlinDate();
  const stored = await ctx.db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      update survey_access_codes c set used = true
      from survey_waves w
      where c.code_hash = ${hash} and not c.used and w.id = c.wave_id
        and w.status = 'feldphase' and w.questionnaire_version is not null
        and (w.field_end is null or w.field_end >= ${today}::date)
      returning c.wave_id, w.questionnaire_version as version`);
    const row = (result as unknown as { rows: Redeemed[] }).rows[0];
    if (!row?.version) return false;
    const frozen = await frozenQuestionnaireByVersion(ctx, row.wave_id, row.version, tx);
    const answers = validateAnswers(frozen.codebook, input.values);
    if (!answers.ok) throw answersRejected(answers.errors); // rolls back: the code stays unused
    await tx.execute(sql`
      with dropped as (delete from survey_partial_answers where code_hash = ${hash})
      insert into survey_responses (wave_id, mode, submitted_on, questionnaire_version, values)
      values (${row.wave_id}, 'online', ${today}::date, ${row.version}, ${JSON.stringify(answers.values)}::jsonb)`);
    return true;
  });
  if (stored) return;
  // Unknown, used, or the wave is not (or no longer) in the field: say which.
  assertOpen(await lookupCode(ctx.db, hash), today);
  throw new AppError('SURVEY_CODE_USED');
}
