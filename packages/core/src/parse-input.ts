import type { z } from 'zod';
import { AppError } from './errors';

/**
 * Validates input that reaches core without an HTTP schema in front (Open311 form posts, CLI, jobs):
 * a failure becomes VALIDATION_FAILED with one German message per field, as the server's own
 * validation reports it.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    fields[key] ??=
      issue.code === 'unrecognized_keys' ? `unbekanntes Feld: ${issue.keys.join(', ')}` : issue.message;
  }
  throw new AppError('VALIDATION_FAILED', { fields });
}
