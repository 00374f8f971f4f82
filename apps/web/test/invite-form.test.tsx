import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InviteForm } from '../src/features/users/InviteForm.tsx';
import { setCsrfToken } from '../src/lib/api-client.ts';
import { createQueryClient } from '../src/lib/query.ts';

const MUNICIPALITIES = [
  { ags: '14625020', name: 'Bautzen' },
  { ags: '14627060', name: 'Großenhain' },
];

function renderForm() {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <InviteForm municipalities={MUNICIPALITIES} />
    </QueryClientProvider>,
  );
  return client;
}

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('InviteForm (react-hook-form on the shared ZUserCreate)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the schema’s German messages at the field and in the summary, and sends nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type(/E-Mail-Adresse/, 'keine-adresse');
    type(/^Name/, 'x'.repeat(201));
    submit();
    const messages = await screen.findAllByText('Bitte eine gültige E-Mail-Adresse angeben.');
    expect(messages).toHaveLength(2); // at the field and in the error summary
    // No message of our own for the length: zod's German locale words it.
    expect((await screen.findAllByText(/Zu groß: erwartet, dass string <=200 Zeichen hat/)).length).toBe(2);
    expect(screen.getByLabelText(/E-Mail-Adresse/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks for the municipality of a kommune account', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type(/E-Mail-Adresse/, 'buergermeister@bautzen.de');
    submit();
    expect(
      (await screen.findAllByText('Für die Rollen Kommune und Rat bitte die Kommune angeben.')).length,
    ).toBeGreaterThan(0);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('names a municipality key of a coach that is not one, at the field and in the summary', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type(/E-Mail-Adresse/, 'coach@lpr.sachsen.de');
    fireEvent.change(screen.getByLabelText('Rolle'), { target: { value: 'coach' } });
    type(/^Betreute Kommunen/, '14625020, 1462');
    submit();
    const message = '„1462“: Die AGS hat 8 Ziffern.';
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe('#assignedAgs');
    expect(screen.getByLabelText(/^Betreute Kommunen/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a coach’s municipalities as a list, without a municipality of their own', async () => {
    const fetchMock = vi.fn(async () =>
      answer(201, { id: 6, email: 'coach@lpr.sachsen.de', role: 'coach', ags: null, oneTimePassword: 'x' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type(/E-Mail-Adresse/, 'coach@lpr.sachsen.de');
    fireEvent.change(screen.getByLabelText('Rolle'), { target: { value: 'coach' } });
    type(/^Betreute Kommunen/, ' 14625020;14627060\n');
    submit();
    await screen.findByTestId('one-time-password');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      email: 'coach@lpr.sachsen.de',
      role: 'coach',
      ags: null,
      assignedAgs: ['14625020', '14627060'],
    });
  });

  it('invites with the CSRF token and shows the one-time password once', async () => {
    const fetchMock = vi.fn(async () =>
      answer(201, {
        id: 5,
        email: 'amt@bautzen.de',
        role: 'kommune',
        ags: '14625020',
        oneTimePassword: 'abcde-fghjk-mnpqr-stuvw',
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-1');
    renderForm();
    type(/E-Mail-Adresse/, 'amt@bautzen.de');
    fireEvent.change(screen.getByLabelText(/^Kommune/), { target: { value: '14625020' } });
    submit();
    expect((await screen.findByTestId('one-time-password')).textContent).toBe('abcde-fghjk-mnpqr-stuvw');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/users');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
    expect(JSON.parse(String(init.body))).toEqual({
      email: 'amt@bautzen.de',
      role: 'kommune',
      ags: '14625020',
    });
    // The form is empty again for the next invitation.
    expect((screen.getByLabelText(/E-Mail-Adresse/) as HTMLInputElement).value).toBe('');
    setCsrfToken(null);
  });

  it('shows the server’s refusal: field messages at the field, others on top', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(409, {
          error: {
            code: 'CONFLICT',
            message: 'Ein Konto mit der E-Mail-Adresse amt@bautzen.de existiert bereits.',
          },
        }),
      ),
    );
    renderForm();
    type(/E-Mail-Adresse/, 'amt@bautzen.de');
    fireEvent.change(screen.getByLabelText(/^Kommune/), { target: { value: '14625020' } });
    submit();
    expect(await screen.findByText(/existiert bereits/)).toBeTruthy();
    expect(screen.queryByTestId('one-time-password')).toBeNull();
  });
});
