import type {
  Breakdown,
  FreeTexts,
  Monitoring,
  Results,
  SampleResponse,
  WaveCodebook,
  WaveDetail,
  WaveInput,
  WaveListItem,
  WaveStatus,
} from '@asskomm/contracts';
import { ApiError, api } from '../../lib/api-client.ts';

/** An API error with the structured details some routes send (e.g. import errors with line numbers). */
export class SurveyApiError extends ApiError {
  readonly details: unknown;
  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string>,
    details: unknown,
  ) {
    super(status, code, message, fields);
    this.details = details;
  }
}

// The shared client keeps the CSRF token to itself; this module asks the session for it once (and again
// when the server says it is no longer valid). Uploads and downloads need fetch directly anyway.
let csrf: Promise<string> | null = null;
function csrfToken(): Promise<string> {
  csrf ??= api.me().then((session) => session.csrfToken);
  csrf.catch(() => {
    csrf = null;
  });
  return csrf;
}

export interface CallOptions {
  json?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

async function send(method: string, path: string, options: CallOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new SurveyApiError(
      0,
      'NETWORK_ERROR',
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      {},
      undefined,
    );
  }
}

async function errorOf(response: Response): Promise<SurveyApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = (
    body as {
      error?: { code?: string; message?: string; fields?: Record<string, string>; details?: unknown };
    }
  )?.error;
  if (response.status === 401) {
    // Let the shared client notice the ended session (it sends the user to the login page).
    void api.districts().catch(() => undefined);
  }
  return new SurveyApiError(
    response.status,
    error?.code ?? `HTTP_${response.status}`,
    error?.message ??
      (response.status >= 500
        ? `Der Server hat einen Fehler gemeldet (HTTP ${response.status}). Bitte versuchen Sie es später erneut.`
        : `Die Anfrage ist fehlgeschlagen (HTTP ${response.status}).`),
    error?.fields ?? {},
    error?.details,
  );
}

/** A request; retries once when the CSRF token was stale. Returns the raw response when it succeeded. */
export async function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  let response = await send(method, path, options);
  if (response.status === 403 && method !== 'GET') {
    const error = await errorOf(response.clone());
    if (error.code !== 'CSRF_INVALID') throw error;
    csrf = null;
    response = await send(method, path, options);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function json<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const response = await call(method, path, options);
  return (await response.json()) as T;
}

const wave = (id: number) => `/api/surveys/${encodeURIComponent(String(id))}`;

export const surveyApi = {
  list(ags: string | undefined, signal?: AbortSignal): Promise<{ items: WaveListItem[] }> {
    return json('GET', `/api/surveys${ags ? `?ags=${encodeURIComponent(ags)}` : ''}`, { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<WaveDetail> {
    return json('GET', wave(id), { signal });
  },
  create(input: WaveInput): Promise<WaveDetail> {
    return json('POST', '/api/surveys', { json: input });
  },
  update(id: number, input: WaveInput): Promise<WaveDetail> {
    return json('PATCH', wave(id), { json: input });
  },
  setStatus(id: number, status: WaveStatus): Promise<WaveDetail> {
    return json('POST', `${wave(id)}/status`, { json: { status } });
  },
  putMargins(id: number, file: File): Promise<{ margins: WaveDetail['margins']; warnings: string[] }> {
    const form = new FormData();
    form.append('file', file);
    return json('PUT', `${wave(id)}/margins`, { form });
  },
  drawSample(id: number, form: FormData): Promise<SampleResponse> {
    return json('POST', `${wave(id)}/sample`, { form });
  },
  async codes(id: number, count: number): Promise<Blob> {
    return (await call('POST', `${wave(id)}/codes`, { json: { count } })).blob();
  },
  monitoring(id: number, signal?: AbortSignal): Promise<Monitoring> {
    return json('GET', `${wave(id)}/monitoring`, { signal });
  },
  results(
    id: number,
    query: { by?: Breakdown | ''; minN?: number; weighting?: 'auto' | 'none' },
    signal?: AbortSignal,
  ): Promise<Results> {
    const search = new URLSearchParams();
    if (query.by) search.set('by', query.by);
    if (query.minN !== undefined) search.set('minN', String(query.minN));
    if (query.weighting && query.weighting !== 'auto') search.set('weighting', query.weighting);
    const text = search.toString();
    return json('GET', `${wave(id)}/results${text ? `?${text}` : ''}`, { signal });
  },
  freeTexts(id: number, signal?: AbortSignal): Promise<FreeTexts> {
    return json('GET', `${wave(id)}/free-texts`, { signal });
  },
  codebook(id: number, signal?: AbortSignal): Promise<WaveCodebook> {
    return json('GET', `${wave(id)}/codebook`, { signal });
  },
  enterPaper(
    id: number,
    values: Record<string, number | number[] | string>,
    receivedOn: string,
  ): Promise<{ paperResponses: number; totalResponses: number }> {
    return json('POST', `${wave(id)}/responses`, { json: { values, receivedOn } });
  },
  exportUrl(id: number, format: string): string {
    return `${wave(id)}/export?format=${encodeURIComponent(format)}`;
  },
  questionnairePdfUrl(id: number): string {
    return `${wave(id)}/questionnaire.pdf`;
  },
};

/** Offers bytes as a download (a temporary object URL and a clicked link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A PDF from the base64 text of an API answer. */
export function pdfFromBase64(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}
