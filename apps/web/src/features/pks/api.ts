import type {
  ImportIssue,
  ImportLogEntry,
  ImportPreview,
  ImportResult,
  KeyList,
  PksMap,
  PksProfile,
} from '@asskomm/contracts';
import { ApiError, request } from '../../lib/api-client.ts';

/** An API error with the import issues of a rejected file (422 IMPORT_REJECTED, 403 with details). */
export class PksApiError extends ApiError {
  readonly issues: ImportIssue[];
  constructor(error: ApiError) {
    super(error.status, error.code, error.message, error.fields, error.details);
    this.issues = Array.isArray(error.details) ? (error.details as ImportIssue[]) : [];
  }
}

// Endpoints of /api/pks on the one client (lib/api-client.ts).
async function send<T>(path: string, init: { method?: string; form?: FormData; signal?: AbortSignal } = {}) {
  try {
    return await request<T>(init.method ?? 'GET', path, { form: init.form, signal: init.signal });
  } catch (error) {
    throw error instanceof ApiError ? new PksApiError(error) : error;
  }
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
  return send<T>(path, { method: 'POST', form, signal });
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
