import type {
  Attribution,
  CreatedUser,
  District,
  GeoFeatureCollection,
  Health,
  MunicipalityDetail,
  MunicipalityFeatureProperties,
  MunicipalityList,
  MunicipalityQuery,
  PasswordReset,
  ReferenceStatus,
  SessionResponse,
  UserCreate,
  UserListItem,
} from '@asskomm/contracts';

/** An error answer of the API, or a network failure (code NETWORK_ERROR, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** Structured details some routes send (e.g. import errors with line numbers). */
  readonly details: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: Record<string, string> = {},
    details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

// The one HTTP client of the web app. It keeps the session's CSRF token (set at login and by /me) and
// sends it with every state-changing request; TanStack Query (lib/query.ts) caches what it fetches.
let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that needs a session gets 401 (the session ended or expired). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  /** JSON body. */
  json?: unknown;
  /** multipart/form-data body (uploads). */
  form?: FormData;
  /** Do not call the unauthorized handler on 401 (login, session probe). */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; details?: unknown };
}

function isErrorBody(value: unknown): value is ErrorBody {
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

/** Platform settings (admins): the public address printed in letters. */
export interface PlatformSettings {
  publicUrl: { value: string | null; source: 'einstellung' | 'umgebung' | null; environment: string | null };
}

/** Sends a request; answers with the raw response when it succeeded, throws ApiError otherwise. */
export async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
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
  if (response.ok) return response;
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.();
  throw isErrorBody(data)
    ? new ApiError(
        response.status,
        data.error.code,
        data.error.message,
        data.error.fields ?? {},
        data.error.details,
      )
    : new ApiError(response.status, `HTTP_${response.status}`, fallbackMessage(response.status));
}

/** A request answered with JSON (or 204, then undefined). */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(
      response.status,
      'INVALID_RESPONSE',
      'Der Server hat eine unerwartete Antwort gesendet.',
    );
  }
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
    return request('POST', '/api/auth/login', { json: { email, password }, expectUnauthorized: true });
  },
  me(): Promise<SessionResponse> {
    return request('GET', '/api/auth/me', { expectUnauthorized: true });
  },
  logout(): Promise<void> {
    return request('POST', '/api/auth/logout', { expectUnauthorized: true });
  },
  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return request('POST', '/api/auth/password', { json: { currentPassword, newPassword } });
  },
  settings(signal?: AbortSignal): Promise<PlatformSettings> {
    return request('GET', '/api/settings', { signal });
  },
  updateSettings(update: { publicUrl: string | null }): Promise<PlatformSettings> {
    return request('PUT', '/api/settings', { json: update });
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
  districtShapes(
    signal?: AbortSignal,
  ): Promise<GeoFeatureCollection<{ kreis_schluessel: string; name: string }>> {
    return request('GET', '/api/geo/districts', { signal });
  },
  users(signal?: AbortSignal): Promise<{ items: UserListItem[] }> {
    return request('GET', '/api/users', { signal });
  },
  inviteUser(input: UserCreate): Promise<CreatedUser> {
    return request('POST', '/api/users', { json: input });
  },
  resetPassword(id: number): Promise<PasswordReset> {
    return request('POST', `/api/users/${id}/password-reset`);
  },
  setUserDisabled(id: number, disabled: boolean): Promise<{ id: number; disabled: boolean }> {
    return request('PUT', `/api/users/${id}/disabled`, { json: { disabled } });
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
