import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../src/lib/api-client.ts';
import { createQueryClient, queryKeys, useApiQuery } from '../src/lib/query.ts';

function UserCount() {
  const users = useApiQuery(queryKeys.users, (signal) => api.users(signal));
  const off = useMutation({
    mutationFn: () => api.setUserDisabled(1, true),
    meta: { invalidates: [queryKeys.users] },
  });
  if (users.error) return <p>Fehler: {users.error.message}</p>;
  if (!users.data) return <p>lädt</p>;
  return (
    <>
      <p>{users.data.items.filter((u) => !u.disabled).length} aktiv</p>
      <button type="button" onClick={() => off.mutate()}>
        deaktivieren
      </button>
    </>
  );
}

const user = (id: number, disabled: boolean) => ({ id, email: `${id}@x.de`, disabled });

describe('data layer (TanStack Query over the one client)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('refetches the list after a write that declares it', async () => {
    let disabled = false;
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      if (init.method === 'PUT') {
        disabled = true;
        return new Response(JSON.stringify({ id: 1, disabled: true }), { status: 200 });
      }
      return new Response(JSON.stringify({ items: [user(1, disabled), user(2, false)] }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <UserCount />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('2 aktiv')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'deaktivieren' }));
    expect(await screen.findByText('1 aktiv')).toBeTruthy();
    const gets = fetchMock.mock.calls.filter(([url, init]) => url === '/api/users' && init.method === 'GET');
    expect(gets).toHaveLength(2);
  });

  it('shares one request between two readers of the same key, and aborts it when both leave', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signals.push(init.signal!);
        return new Promise<Response>((_resolve, reject) =>
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }),
    );
    const view = render(
      <QueryClientProvider client={createQueryClient()}>
        <UserCount />
        <UserCount />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(signals).toHaveLength(1));
    view.unmount();
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
  });

  it('shows the German error of a failed request without retrying server errors', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Keine Berechtigung.' } }), {
          status: 403,
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <UserCount />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Fehler: Keine Berechtigung.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
