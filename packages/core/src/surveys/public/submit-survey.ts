/**
 * Submission of the online questionnaire: exactly once per code, anonymous by design.
 *
 * One transaction: (1) one statement marks the code used (`UPDATE … SET used = true WHERE code_hash = $1
 * AND NOT used`, which only one of any number of concurrent transactions can do: the others wait for the
 * row lock, then find it used) and inserts the response only if that row came back; (2) the saved partial
 * answers of the code are deleted. A second statement (not a CTE branch) for the delete, because it must
 * see a save that committed while (1) waited for the row lock.
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

export async function submitSurvey(
  ctx: CoreContext,
  input: { code: string; values: unknown },
): Promise<void> {
  const hash = codeHashOf(input.code, ctx.secret);
  const today = berlinDate();
  const state = await lookupCode(ctx.db, hash);
  assertOpen(state, today);
  const frozen = await frozenQuestionnaireByVersion(ctx, state.waveId, state.version);
  const result = validateAnswers(frozen.codebook, input.values);
  if (!result.ok) throw answersRejected(result.errors);

  const stored = await ctx.db.transaction(async (tx) => {
    const redeemed = await tx.execute(sql`
      with redeemed as (
        update survey_access_codes set used = true
        where code_hash = ${hash} and used = false and wave_id = ${state.waveId}
          and exists (
            select 1 from survey_waves w
            where w.id = ${state.waveId} and w.status = 'feldphase'
              and (w.field_end is null or w.field_end >= ${today}::date)
          )
        returning wave_id
      )
      insert into survey_responses (wave_id, mode, submitted_on, questionnaire_version, values)
      select wave_id, 'online', ${today}::date, ${state.version}, ${JSON.stringify(result.values)}::jsonb
      from redeemed
      returning 1 as ok`);
    const n = (redeemed as unknown as { rows: unknown[] }).rows.length;
    if (n === 1) await tx.execute(sql`delete from survey_partial_answers where code_hash = ${hash}`);
    return n === 1;
  });
  if (stored) return;
  // Lost the race or the wave closed meanwhile: say which.
  assertOpen(await lookupCode(ctx.db, hash), today);
  throw new AppError('SURVEY_CODE_USED');
}
