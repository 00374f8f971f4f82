import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { SummaryError } from '../../components/ErrorSummary.tsx';
import { ApiError } from '../../lib/api-client.ts';

/** The id of a form field: prefix plus the field's path, e.g. "beratung-followUps-0-text". */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replaceAll('.', '-')}`;
}

/**
 * Every message of react-hook-form's (nested) errors in the form's order, for the error summary; the
 * root message (the server's answer about the whole form) comes first.
 */
export function errorList<T extends FieldValues>(prefix: string, errors: FieldErrors<T>): SummaryError[] {
  const list: SummaryError[] = [];
  const root = (errors.root as { server?: { message?: string } } | undefined)?.server?.message;
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
  if (!(error instanceof ApiError))
    return 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.';
  const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
  return fields.length ? `${error.message} (${fields.join('; ')})` : error.message;
}

/** Today in the browser's calendar, as JJJJ-MM-TT (the default of date fields). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Lines of a text area, trimmed, without empty ones. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
