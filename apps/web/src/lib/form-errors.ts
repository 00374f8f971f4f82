import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { SummaryError } from '../components/ErrorSummary.tsx';
import { ApiError } from './api-client.ts';

/** react-hook-form's errors in the order of the form, for the error summary (GOV.UK pattern). */
export function summaryOf<T extends FieldValues>(
  order: readonly Path<T>[],
  errors: FieldErrors<T>,
  /** The input's id for a field (the summary links to it); by default the field's name. */
  idOf: (name: Path<T>) => string = (name) => name,
): SummaryError[] {
  const list: SummaryError[] = [];
  const root = errors.root?.server?.message;
  if (root) list.push({ fieldId: null, message: root });
  for (const key of order) {
    const message = (errors as Record<string, { message?: string } | undefined>)[key]?.message;
    if (message) list.push({ fieldId: idOf(key), message });
  }
  return list;
}

/**
 * Puts the server's answer into the form: messages for known fields at the field, everything else (and a
 * failure without field messages) as one message for the whole form.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  known: readonly Path<T>[],
  setError: UseFormSetError<T>,
): void {
  if (!(error instanceof ApiError)) {
    setError('root.server', {
      message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    });
    return;
  }
  let placed = 0;
  let other = 0;
  for (const [key, message] of Object.entries(error.fields)) {
    if ((known as readonly string[]).includes(key)) {
      setError(key as Path<T>, { type: 'server', message });
      placed++;
    } else other++;
  }
  if (placed === 0 || other > 0) setError('root.server', { message: error.message });
}
