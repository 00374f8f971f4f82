import type {
  ApiErrorBody,
  Attribution,
  District,
  GeoFeatureCollection,
  Health,
  MunicipalityDetail,
  MunicipalityFeatureProperties,
  MunicipalityList,
  MunicipalityQuery,
  ReferenceStatus,
  SessionResponse,
} from '@asskomm/contracts';

/** An error answer of the API, or a network failure (code NETWORK_ERROR, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that needs a session gets 401 (the session ended or expired). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

interface RequestOptions {
  body?: unknown;
  /** Do not call the unauthorized handler on 401 (login, session probe). */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
  );
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Bitte melden Sie sich an.';
  if (status === 403) return 'Sie haben keine Berechtigung für diese Seite.';
  if (status === 404) return 'Die angeforderten Daten wurden nicht gefunden.';
  if (status === 429) return 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.';
  if (status >= 500)
    return `Der Server hat einen Fehler gemeldet (HTTP ${status}). Bitte versuchen Sie es später erneut.`;
  return `Die Anfrage ist fehlgeschlagen (HTTP ${status}).`;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    );
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }

  if (!response.ok) {
    const error = isErrorBody(data)
      ? new ApiError(response.status, data.error.code, data.error.message, data.error.fields ?? {})
      : new ApiError(response.status, `HTTP_${response.status}`, fallbackMessage(response.status));
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.();
    throw error;
  }
  if (data === null) {
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      'Der Server hat eine unerwartete Antwort gesendet.',
    );
  }
  return data as T;
}

function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  login(email: string, password: string): Promise<SessionResponse> {
    return request('POST', '/api/auth/login', { body: { email, password }, expectUnauthorized: true });
  },
  me(): Promise<SessionResponse> {
    return request('GET', '/api/auth/me', { expectUnauthorized: true });
  },
  logout(): Promise<void> {
    return request('POST', '/api/auth/logout', { expectUnauthorized: true });
  },
  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return request('POST', '/api/auth/password', { body: { currentPassword, newPassword } });
  },
  municipalities(query: MunicipalityQuery, signal?: AbortSignal): Promise<MunicipalityList> {
    return request('GET', `/api/municipalities${queryString({ ...query })}`, { signal });
  },
  municipality(ags: string, signal?: AbortSignal): Promise<MunicipalityDetail> {
    return request('GET', `/api/municipalities/${encodeURIComponent(ags)}`, { signal });
  },
  districts(signal?: AbortSignal): Promise<{ items: District[] }> {
    return request('GET', '/api/districts', { signal });
  },
  municipalityShapes(signal?: AbortSignal): Promise<GeoFeatureCollection<MunicipalityFeatureProperties>> {
    return request('GET', '/api/geo/municipalities', { signal });
  },
  referenceStatus(signal?: AbortSignal): Promise<ReferenceStatus> {
    return request('GET', '/api/reference/status', { signal });
  },
  attributions(signal?: AbortSignal): Promise<{ items: Attribution[] }> {
    return request('GET', '/api/attributions', { signal, expectUnauthorized: true });
  },
  health(signal?: AbortSignal): Promise<Health> {
    return request('GET', '/api/health', { signal, expectUnauthorized: true });
  },
};

/**
 * All municipalities (for the map), fetched page by page so a server-side limit cap does not cut the list.
 */
export async function allMunicipalities(signal?: AbortSignal): Promise<MunicipalityList> {
  const limit = 500;
  const first = await api.municipalities({ limit, offset: 0, sort: 'ags' }, signal);
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await api.municipalities({ limit, offset: items.length, sort: 'ags' }, signal);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items };
}
