import type {
  ImportIssue,
  ImportLogEntry,
  ImportPreview,
  ImportResult,
  KeyList,
  PksMap,
  PksProfile,
} from '@asskomm/contracts';
import { ApiError } from '../../lib/api-client.ts';

/** An API error with the import issues of a rejected file (422 IMPORT_REJECTED, 403 with details). */
export class PksApiError extends ApiError {
  readonly details: ImportIssue[];

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string>,
    details: ImportIssue[],
  ) {
    super(status, code, message, fields);
    this.details = details;
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string>; details?: unknown };
}

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
  }
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data as ErrorBody | null)?.error;
    const details = Array.isArray(error?.details) ? (error.details as ImportIssue[]) : [];
    throw new PksApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ??
        (response.status === 403
          ? 'Sie haben keine Berechtigung für diese Daten.'
          : `Die Anfrage ist fehlgeschlagen (HTTP ${response.status}).`),
      error?.fields ?? {},
      details,
    );
  }
  return data as T;
}

/** The session's CSRF token (the API returns it with the session; uploads need it in a header). */
async function csrfToken(): Promise<string> {
  const session = await send<{ csrfToken: string }>('/api/auth/me');
  return session.csrfToken;
}

export interface UploadInput {
  file: File;
  format?: string;
  year?: string;
  source?: string;
}

async function upload<T>(path: string, input: UploadInput, signal?: AbortSignal): Promise<T> {
  const form = new FormData();
  if (input.format) form.append('format', input.format);
  if (input.year) form.append('year', input.year);
  if (input.source) form.append('source', input.source);
  form.append('datei', input.file, input.file.name);
  return send<T>(path, {
    method: 'POST',
    body: form,
    headers: { 'x-csrf-token': await csrfToken() },
    signal,
  });
}

export const pksApi = {
  keys: (signal?: AbortSignal) => send<KeyList>('/api/pks/keys', { signal }),
  profile: (ags: string, signal?: AbortSignal) =>
    send<PksProfile>(`/api/pks/profile/${encodeURIComponent(ags)}`, { signal }),
  map: (key: string, year: number | null, signal?: AbortSignal) =>
    send<PksMap>(`/api/pks/map?key=${encodeURIComponent(key)}${year ? `&year=${year}` : ''}`, { signal }),
  imports: (signal?: AbortSignal) => send<{ items: ImportLogEntry[] }>('/api/pks/imports', { signal }),
  preview: (input: UploadInput, signal?: AbortSignal) =>
    upload<ImportPreview>('/api/pks/imports/preview', input, signal),
  commit: (input: UploadInput, signal?: AbortSignal) =>
    upload<ImportResult>('/api/pks/imports', input, signal),
};
