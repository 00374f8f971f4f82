/**
 * Errors of react-hook-form forms: the list for the ErrorSummary (its links go to the inputs' ids) and
 * the server's refusal put into the form. Two ways to name inputs are in use:
 * - by the field's name (`summaryOf`, `applyServerError`): flat forms, one input a field;
 * - by a prefix and the field's path (`fieldId`, `errorList`, `serverMessage`): forms that appear more
 *   than once on a page or have list entries (`beratung-followUps-0-text`).
 */
import { type FieldErrors, type FieldValues, get, type Path, type UseFormSetError } from 'react-hook-form';
import type { SummaryError } from '../components/ErrorSummary.tsx';
import { ApiError } from './api-client.ts';

const UNEXPECTED = 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.';

/** The message about the whole form (set as `root.server`), which the summary lists first. */
function rootMessage(errors: FieldErrors): string | undefined {
  return (errors.root as { server?: { message?: string } } | undefined)?.server?.message || undefined;
}

/** react-hook-form's errors in the order of the form, for the error summary (GOV.UK pattern). */
export function summaryOf<T extends FieldValues>(
  order: readonly Path<T>[],
  errors: FieldErrors<T>,
  /** The input's id for a field (the summary links to it); by default the field's name. */
  idOf: (name: Path<T>) => string = (name) => name,
): SummaryError[] {
  const list: SummaryError[] = [];
  const root = rootMessage(errors);
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
    setError('root.server', { message: UNEXPECTED });
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

/** The id of a form field: prefix plus the field's path, e.g. "beratung-followUps-0-text". */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replaceAll('.', '-')}`;
}

/**
 * Every message of react-hook-form's (nested) errors in the form's order, each linked to `fieldId(prefix,
 * path)`, for the error summary; the root message (the server's answer about the whole form) comes first.
 */
export function errorList<T extends FieldValues>(prefix: string, errors: FieldErrors<T>): SummaryError[] {
  const list: SummaryError[] = [];
  const root = rootMessage(errors);
  if (root) list.push({ fieldId: null, message: root });
  const walk = (value: unknown, path: string[]) => {
    if (!value || typeof value !== 'object') return;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message && path.length > 0) {
      list.push({ fieldId: fieldId(prefix, path.join('.')), message });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'root' || key === 'ref' || key === 'type') continue;
      walk(child, [...path, key]);
    }
  };
  walk(errors, []);
  return list;
}

/** The server's refusal as the message of the whole form (its field messages name the fields). */
export function serverMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return UNEXPECTED;
  const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
  return fields.length ? `${error.message} (${fields.join('; ')})` : error.message;
}
