import { surveyPartialAnswers } from '@asskomm/db';
import type { CoreContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { assertCodeSecretUsable } from '../../platform/code-secret.ts';
import { validateAnswers } from '../answers/validate-answers.ts';
import { deleteExpiredPartialAnswersNow } from '../fieldwork/delete-expired-partials.ts';
import { berlinDate } from '../waves/berlin-date.ts';
import { frozenQuestionnaireByVersion } from '../waves/frozen-questionnaire.ts';
import { answersRejected } from './answer-errors.ts';
import { assertOpen, codeHashOf, lookupCode } from './resolve-code.ts';
import { sealPartialAnswers } from './seal-partial-answers.ts';

/**
 * "Speichern und später fortsetzen": keeps the answers so far under the code's hash until the code is
 * used or the field period ends, encrypted with a key only the code opens (seal-partial-answers.ts). The code row is locked while saving, so a save can never land after
 * the submission of the same code (which deletes the saved answers in the same transaction).
 */
export async function saveProgress(
  ctx: CoreContext,
  input: { code: string; values: unknown; page: number },
): Promise<void> {
  assertCodeSecretUsable(ctx, 'public');
  const hash = codeHashOf(input.code, ctx.secret);
  const today = berlinDate();
  // Saved answers of waves whose field period is over are deleted (at most hourly, on a save).
  await deleteExpiredPartialAnswersNow(ctx.db, today);
  await ctx.db.transaction(async (tx) => {
    const state = await lookupCode(tx, hash, { lock: true });
    assertOpen(state, today);
    const frozen = await frozenQuestionnaireByVersion(ctx, state.waveId, state.version, tx);
    const result = validateAnswers(frozen.codebook, input.values, { partial: true });
    if (!result.ok) throw answersRejected(result.errors);
    const pages = new Set(frozen.codebook.items.map((i) => i.page)).size;
    if (!Number.isInteger(input.page) || input.page < 0 || input.page >= pages) {
      throw new AppError('VALIDATION_FAILED', {
        userMessage: `Ungültige Seitennummer (0 bis ${pages - 1}).`,
        fields: { page: 'Ungültige Seitennummer.' },
      });
    }
    const sealed = sealPartialAnswers(result.values, input.code, ctx.secret);
    const row = { waveId: state.waveId, values: sealed, page: input.page, savedOn: today };
    await tx
      .insert(surveyPartialAnswers)
      .values({ codeHash: hash, ...row })
      .onConflictDoUpdate({ target: surveyPartialAnswers.codeHash, set: row });
  });
}
