/**
 * Validation of a municipality's questionnaire settings (districts, local places, optional blocks).
 * Exported as a zod schema so that server routes can reuse it.
 */
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { plainText } from '../../validation/plain-text.ts';
import type { SurveyConfig } from './codebook-types.ts';

const name = plainText({ error: 'Bitte einen Namen als Text angeben.' })
  .trim()
  .min(1, { error: 'Der Name darf nicht leer sein.' })
  .max(100, { error: 'Der Name darf höchstens 100 Zeichen lang sein.' });

const uniqueNames = (max: number, what: string) =>
  z
    .array(name)
    .max(max, { error: `Höchstens ${max} ${what} möglich.` })
    .refine((list) => new Set(list.map((s) => s.toLocaleLowerCase('de'))).size === list.length, {
      error: `${what} dürfen nicht doppelt vorkommen.`,
    });

export const surveyConfigSchema = z.strictObject({
  // Up to 96 districts keep the district codes two-digit and clear of the reserved codes (97 and up).
  districts: uniqueNames(96, 'Ortsteile'),
  localPlaces: uniqueNames(30, 'Orte'),
  enabledOptionalBlocks: z.array(plainText().max(20)).max(50),
});

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
