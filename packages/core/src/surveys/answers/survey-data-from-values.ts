/**
 * The inverse of validateAnswers: turns stored flat values back into SurveyJS `survey.data` (matrix rows
 * nested under their group), e.g. to resume a saved partial answer with the same code.
 */
import type { ResolvedCodebook } from '../questionnaire/codebook-types.ts';
import type { AnswerValue, AnswerValues } from './answer-types.ts';

export function surveyDataFromValues(
  codebook: Pick<ResolvedCodebook, 'items'>,
  values: AnswerValues,
): Record<string, AnswerValue | Record<string, AnswerValue>> {
  const data: Record<string, AnswerValue | Record<string, AnswerValue>> = {};
  for (const item of codebook.items) {
    const value = values[item.code];
    if (value === undefined) continue;
    if (item.group === undefined) {
      data[item.code] = Array.isArray(value) ? [...value] : value;
    } else {
      const rows = (data[item.group] as Record<string, AnswerValue> | undefined) ?? {};
      rows[item.code] = value;
      data[item.group] = rows;
    }
  }
  return data;
}
