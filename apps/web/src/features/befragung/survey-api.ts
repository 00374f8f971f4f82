// The public survey API (/api/public/survey). No session: the access code travels in the body, never in
// a URL (URLs end up in logs and browser histories).
import { ApiError } from '../../lib/api-client.ts';

export interface StartResponse {
  waveTitle: string;
  municipalityName: string;
  fieldEnd: string | null;
  locale: string;
  locales: string[];
  /** SurveyJS JSON of the frozen questionnaire. */
  survey: SurveyJsonDocument;
  values: Record<string, unknown>;
  page: number;
}

export interface SurveyJsonDocument {
  title?: string;
  description?: string;
  pages: {
    name: string;
    title?: string;
    elements: { name: string; type: string; rows?: { value: string }[] | number }[];
  }[];
  [key: string]: unknown;
}

async function call<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/public/survey/${path}`, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Ihre Antworten auf dieser Seite bleiben erhalten.',
    );
  }
  if (response.status === 204) return undefined as T;
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (
      data as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null
    )?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ??
        (response.status === 429
          ? 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.'
          : `Die Anfrage ist fehlgeschlagen (HTTP ${response.status}). Bitte versuchen Sie es erneut.`),
      error?.fields ?? {},
    );
  }
  return data as T;
}

export const surveyApi = {
  start: (code: string, locale?: string) =>
    call<StartResponse>('POST', 'start', locale ? { code, locale } : { code }),
  save: (code: string, values: Record<string, unknown>, page: number) =>
    call<void>('PUT', 'save', { code, values, page }),
  submit: (code: string, values: Record<string, unknown>) =>
    call<{ ok: true }>('POST', 'submit', { code, values }),
};

const ALPHABET = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/;

/** The code as the server reads it (upper case, separators removed), or null if it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.·/]+/gu, '');
  return ALPHABET.test(compact) ? compact.replace(/(.{4})(?=.)/g, '$1-') : null;
}

/** Why a typed code cannot be right, in plain German. */
export function codeProblem(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.·/]+/gu, '');
  if (compact === '') return 'Geben Sie den Zugangscode aus Ihrem Anschreiben ein.';
  if (/[0O1IL]/.test(compact))
    return 'Der Zugangscode enthält keine Null und kein O, keine Eins und kein I oder L. Bitte prüfen Sie diese Zeichen.';
  if (compact.length !== 12)
    return `Der Zugangscode hat 12 Zeichen (z. B. ABCD-EFGH-JKMN). Sie haben ${compact.length} eingegeben.`;
  if (!ALPHABET.test(compact)) return 'Der Zugangscode besteht nur aus Buchstaben und Ziffern.';
  return null;
}
