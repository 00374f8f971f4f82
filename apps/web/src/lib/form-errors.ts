import { type FieldErrors, type FieldValues, get, type Path, type UseFormSetError } from 'react-hook-form';
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
  // Further messages about the whole form (`root.<name>`), e.g. more lines of an import's report.
  for (const [key, value] of Object.entries(errors.root ?? {})) {
    const message = key === 'server' ? undefined : (value as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string' && message) list.push({ fieldId: null, message });
  }
  for (const key of order) {
    // Nested paths too (`rows.2.count`): a field in a list of fields.
    const message = firstMessage(get(errors, key));
    if (message) list.push({ fieldId: idOf(key), message });
  }
  return list;
}

/**
 * The message of a field's error; for a list field whose entries failed (a text area read as lines),
 * the first entry's message.
 */
export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const own = (error as { message?: unknown }).message;
  if (typeof own === 'string' && own) return own;
  // `ref` is the input element react-hook-form keeps beside the message: not an error to look into.
  for (const [key, nested] of Object.entries(error)) {
    if (key === 'ref' || key === 'types') continue;
    const message = firstMessage(nested);
    if (message) return message;
  }
  return undefined;
}

/**
 * Puts the server's answer into the form: messages for known fields at the field, everything else (and a
 * failure without field messages) as one message for the whole form.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  known: readonly Path<T>[],
  setError: UseFormSetError<T>,
  /** The form's field for a key of the API's answer (e.g. `config.districts.3` → `districts`). */
  fieldOf: (key: string) => string = (key) => key,
): void {
  if (!(error instanceof ApiError)) {
    setError('root.server', {
      message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    });
    return;
  }
  let placed = 0;
  let other = 0;
  for (const [serverKey, message] of Object.entries(error.fields)) {
    const key = fieldOf(serverKey);
    if ((known as readonly string[]).includes(key)) {
      setError(key as Path<T>, { type: 'server', message });
      placed++;
    } else other++;
  }
  if (placed === 0 || other > 0) setError('root.server', { message: error.message });
}
