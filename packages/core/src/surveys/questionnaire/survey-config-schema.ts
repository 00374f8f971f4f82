/**
 * Validation of a municipality's questionnaire settings (districts, local places, optional blocks).
 * The zod schema is part of the API contract (@asskomm/contracts).
 */
import { surveyConfigSchema } from '@asskomm/contracts';
import { AppError } from '../../errors.ts';
import type { SurveyConfig } from './codebook-types.ts';

export { surveyConfigSchema };

/** Parses settings; throws AppError VALIDATION_FAILED with a German message naming the field. */
export function parseSurveyConfig(input: unknown): SurveyConfig {
  const result = surveyConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.')] ??= issue.message;
  const [path, message] = Object.entries(fields)[0] ?? ['', ''];
  throw new AppError('VALIDATION_FAILED', {
    userMessage: `Ungültige Fragebogen-Einstellungen${path ? ` (${path})` : ''}: ${message}`,
    fields,
  });
}
