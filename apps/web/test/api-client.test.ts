import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, request, setCsrfToken, setUnauthorizedHandler } from '../src/lib/api-client.ts';

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('the one HTTP client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('sends the CSRF token with writes only, and JSON bodies', async () => {
    const fetchMock = vi.fn(async () => answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await request('GET', '/api/users');
    await api.setUserDisabled(7, true);
    const [getUrl, getInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [putUrl, putInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(getUrl).toBe('/api/users');
    expect((getInit.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(putUrl).toBe('/api/users/7/disabled');
    expect(putInit.method).toBe('PUT');
    expect((putInit.headers as Record<string, string>)['x-csrf-token']).toBe('token-123');
    expect(JSON.parse(String(putInit.body))).toEqual({ disabled: true });
  });

  it('turns an error answer into ApiError with code, German message, fields and details', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(400, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Die Eingabe ist unvollständig.',
            fields: { ags: 'Die AGS hat 8 Ziffern.' },
            details: [{ line: 3 }],
          },
        }),
      ),
    );
    const error = await request('POST', '/api/users', { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Die Eingabe ist unvollständig.',
      fields: { ags: 'Die AGS hat 8 Ziffern.' },
      details: [{ line: 3 }],
    });
  });

  it('reports an ended session (401) to the handler, except where 401 is expected', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, { error: { code: 'AUTH_REQUIRED', message: 'Bitte anmelden.' } })),
    );
    const ended = vi.fn();
    setUnauthorizedHandler(ended);
    await expect(api.users()).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('says in German when the server cannot be reached, and passes an abort through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.users()).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: expect.stringMatching(/nicht erreichbar/),
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    await expect(api.users()).rejects.toMatchObject({ name: 'AbortError' });
  });
});
