import type { LetterPreview, WaveDetail } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodesSection } from '../src/features/surveys/sections/CodesSection.tsx';
import { SenderForm } from '../src/features/surveys/sections/LetterSetup.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const WAVE = {
  id: 7,
  ags: '14627060',
  status: 'feldphase',
  codes: { total: 1200, used: 300 },
} as unknown as WaveDetail;
const SENDER = {
  municipalityName: 'Stadt Großenhain',
  department: 'Ordnungsamt',
  street: '',
  postalCode: '01558',
  city: 'Großenhain',
  contactPerson: 'Frau Muster',
  phone: '',
  email: '',
  signatoryName: 'Dr. Sabine Beispiel',
  signatoryRole: 'Oberbürgermeisterin',
};
const PREVIEW = { sender: SENDER } as unknown as LetterPreview;

const withQuery = (children: ReactNode) =>
  render(<QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>);
const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('SenderForm (react-hook-form on the shared ZLetterSenderForm)', () => {
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Absender speichern' }));

  it('refuses a broken postcode and e-mail address in German before asking the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    withQuery(<SenderForm wave={WAVE} preview={PREVIEW} onSaved={vi.fn()} />);
    type('Postleitzahl', '1558');
    type('E-Mail', 'ordnungsamt.grossenhain');
    type('Unterschrift: Name', '  ');
    save();
    expect(await screen.findAllByText('Die Postleitzahl hat 5 Ziffern.')).toHaveLength(2);
    expect(screen.getAllByText('Ungültige E-Mail-Adresse.')).toHaveLength(2);
    expect(screen.getAllByText('Bitte geben Sie den Namen für die Unterschrift an.')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Die Postleitzahl hat 5 Ziffern.' }).getAttribute('href')).toBe(
      '#absender-postalCode',
    );
    expect(screen.getByLabelText('E-Mail').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends every field trimmed (empty ones clear) and says it is saved', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => answer(200, WAVE));
    vi.stubGlobal('fetch', fetchMock);
    const onSaved = vi.fn();
    withQuery(<SenderForm wave={WAVE} preview={PREVIEW} onSaved={onSaved} />);
    type('Straße und Hausnummer', ' Hauptmarkt 1 ');
    type('Telefon', '03522 123-45');
    type('Amt oder Abteilung', '');
    save();
    expect(await screen.findByText('Absender gespeichert.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/surveys/7');
    expect(init.method).toBe('PATCH');
    const { municipalityName: _, ...editable } = SENDER;
    expect(JSON.parse(String(init.body))).toEqual({
      sender: { ...editable, department: '', street: 'Hauptmarkt 1', phone: '03522 123-45' },
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('puts the server’s refusal of a sender field at that field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(422, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Die Eingaben sind ungültig.',
            fields: { 'sender.city': 'Höchstens 120 Zeichen.' },
          },
        }),
      ),
    );
    withQuery(<SenderForm wave={WAVE} preview={PREVIEW} onSaved={vi.fn()} />);
    save();
    expect(await screen.findAllByText('Höchstens 120 Zeichen.')).toHaveLength(2);
    expect(screen.getByLabelText('Ort').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Absender gespeichert.')).toBeNull();
  });
});

describe('CodesSection (react-hook-form on the shared ZCodesForm)', () => {
  const create = () =>
    fireEvent.click(screen.getByRole('button', { name: 'Codes erzeugen und als CSV herunterladen' }));

  it('refuses a count that is not a number, or out of the API’s bounds, in German', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    withQuery(<CodesSection wave={WAVE} canManage reload={vi.fn()} />);
    type('Anzahl neuer Zugangscodes', 'zehn');
    create();
    expect(await screen.findAllByText('Bitte eine Anzahl zwischen 1 und 100.000 eingeben.')).toHaveLength(2);
    type('Anzahl neuer Zugangscodes', '100001');
    create();
    expect(await screen.findAllByText('Höchstens 100.000 Codes auf einmal.')).toHaveLength(2);
    expect(
      screen.getByRole('link', { name: 'Höchstens 100.000 Codes auf einmal.' }).getAttribute('href'),
    ).toBe('#codes-anzahl');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks the server for the codes, downloads them and says how many', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response('code\nABCD-EFGH\n'));
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:codes');
    const reload = vi.fn();
    withQuery(<CodesSection wave={WAVE} canManage reload={reload} />);
    type('Anzahl neuer Zugangscodes', '250');
    create();
    expect(await screen.findByText('250 Zugangscodes wurden erzeugt und heruntergeladen.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/surveys/7/codes');
    expect(JSON.parse(String(init.body))).toEqual({ count: 250 });
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
