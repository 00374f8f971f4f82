import { AppError } from '../../errors.ts';
import type { AnswerError } from '../answers/answer-types.ts';

/** Answer errors as VALIDATION_FAILED: one German message per item, the first also as the summary. */
export function answersRejected(errors: readonly AnswerError[]): AppError {
  const fields: Record<string, string> = {};
  for (const e of errors) fields[e.item || 'values'] ??= e.message;
  const first = errors[0]?.message ?? 'Die Antworten sind ungültig.';
  return new AppError('VALIDATION_FAILED', {
    userMessage:
      errors.length === 1
        ? `Die Antworten wurden nicht gespeichert: ${first}`
        : `Die Antworten wurden nicht gespeichert: ${first} (und ${errors.length - 1} weitere Probleme)`,
    fields,
  });
}
