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
 *    inserts the answers into the inbox (`survey_response_inbox`), never into `survey_responses`, and
 *    returns how many of the wave's answers wait there (counted up to a batch, so it stays cheap). Being a new statement, it sees a save that
 *    committed while (1) waited for the lock (saves lock the code row too, so no save can land after this).
 * After the commit (the answer is stored, the reply may go out), a full inbox is moved into the final
 * table in a shuffled batch (response-inbox.ts), so no final answer row shares the redeeming
 * transaction's id with its code.
 * Four round trips in all (BEGIN, 1, 2, COMMIT), prepared statements, the questionnaire from a
 * per-process cache (loaded outside the transaction on a miss, then the submission is retried).
 *
 * The answer row holds the wave, the mode, the day, the questionnaire version and the answers: no code,
 * no hash, no time of day, no IP address or user agent, and its id is a random uuid.
 */
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import { validateAnswers } from '../answers/validate-answers.ts';
import { berlinDate } from '../waves/berlin-date.ts';
import { cachedFrozenQuestionnaire, frozenQuestionnaireByVersion } from '../waves/frozen-questionnaire.ts';
import { answersRejected } from './answer-errors.ts';
import { rawTransaction } from './raw-transaction.ts';
import { assertOpen, codeHashOf, lookupCode } from './resolve-code.ts';
import { INBOX_BATCH, moveInboxWhenFull } from './response-inbox.ts';

const REDEEM = `
  update survey_access_codes c set used = true
  from survey_waves w
  where c.code_hash = $1 and not c.used and w.id = c.wave_id
    and w.status = 'feldphase' and w.questionnaire_version is not null
    and (w.field_end is null or w.field_end >= $2::date)
  returning c.wave_id, w.questionnaire_version as version`;

const STORE = `
  with dropped as (delete from survey_partial_answers where code_hash = $1)
  insert into survey_response_inbox (wave_id, mode, submitted_on, questionnaire_version, values)
  values ($2, 'online', $3::date, $4, $5::jsonb)
  returning (select count(*)::int from (
    select 1 from survey_response_inbox where wave_id = $2 limit ${INBOX_BATCH}) w) + 1 as waiting`;

type Outcome =
  | { kind: 'stored'; waiting: number }
  | { kind: 'not-redeemed' }
  | { kind: 'load'; waveId: number; version: string };

export async function submitSurvey(
  ctx: CoreContext,
  input: { code: string; values: unknown },
): Promise<void> {
  assertCodeSecretUsable(ctx, 'public');
  const hash = codeHashOf(input.code, ctx.secret);
  const today = berlinDate();
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await rawTransaction<Outcome>(ctx.database, async (query) => {
      const [row] = await query<{ wave_id: number; version: string }>('asskomm_survey_redeem', REDEEM, [
        hash,
        today,
      ]);
      if (!row) return { kind: 'not-redeemed' };
      const frozen = cachedFrozenQuestionnaire(row.version);
      if (!frozen) throw new LoadQuestionnaire(row.wave_id, row.version); // roll back, load, retry
      const answers = validateAnswers(frozen.codebook, input.values);
      if (!answers.ok) throw answersRejected(answers.errors); // rolls back: the code stays unused
      const [stored] = await query<{ waiting: number }>('asskomm_survey_store_inbox', STORE, [
        hash,
        row.wave_id,
        today,
        row.version,
        JSON.stringify(answers.values),
      ]);
      return { kind: 'stored', waiting: Number(stored?.waiting ?? 0) };
    }).catch((error: unknown) => {
      if (error instanceof LoadQuestionnaire)
        return { kind: 'load', waveId: error.waveId, version: error.version } as const;
      throw error;
    });
    if (outcome.kind === 'stored') {
      await moveInboxWhenFull(ctx, outcome.waiting);
      return;
    }
    if (outcome.kind === 'load') {
      await frozenQuestionnaireByVersion(ctx, outcome.waveId, outcome.version);
      continue;
    }
    // Unknown, used, or the wave is not (or no longer) in the field: say which.
    assertOpen(await lookupCode(ctx.db, hash), today);
    throw new AppError('SURVEY_CODE_USED');
  }
  throw new AppError('INTERNAL', { internal: 'questionnaire could not be loaded for a submission' });
}

class LoadQuestionnaire extends Error {
  constructor(
    readonly waveId: number,
    readonly version: string,
  ) {
    super('questionnaire not cached');
  }
}
