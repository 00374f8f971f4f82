import type { SummaryError } from '../../components/ErrorSummary.tsx';
import { ApiError } from '../../lib/api-client.ts';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Field errors in the order of the form, for the error summary. */
export function summaryOf<K extends string>(
  order: readonly K[],
  fields: FieldErrors<K>,
  formError: string | null,
): SummaryError[] {
  const list: SummaryError[] = [];
  if (formError) list.push({ fieldId: null, message: formError });
  for (const key of order) {
    const message = fields[key];
    if (message) list.push({ fieldId: key, message });
  }
  return list;
}

/** Splits an API error into messages for known fields and one message for the whole form. */
export function fromApiError<K extends string>(
  error: unknown,
  known: readonly K[],
): { fields: FieldErrors<K>; formError: string | null } {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      formError: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    };
  }
  const fields: FieldErrors<K> = {};
  let unknownFieldMessages = 0;
  for (const [key, message] of Object.entries(error.fields)) {
    if ((known as readonly string[]).includes(key)) fields[key as K] = message;
    else unknownFieldMessages++;
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  return { fields, formError: hasFieldErrors && unknownFieldMessages === 0 ? null : error.message };
}

/** Only same-site paths are accepted as a return target after login. */
export function safeReturnPath(value: string | null): string {
  const path = value ?? '';
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/anmelden')) return '/';
  return path;
}
