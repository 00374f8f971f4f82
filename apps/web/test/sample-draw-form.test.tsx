import type { WaveDetail } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SampleDrawForm } from '../src/features/surveys/sections/SampleDrawForm.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const RUN = {
  id: 3,
  seed: 42,
  registerRows: 100,
  eligibleRows: 90,
  sampleSize: 8,
  allocation: 'proportional',
  createdAt: '2026-02-01T10:00:00Z',
  lettersAvailable: true,
  voidedAt: null,
  codesVoided: 0,
};
const WAVE = {
  id: 7,
  ags: '14627060',
  status: 'entwurf',
  fieldStart: '2026-03-01',
  fieldEnd: '2026-03-31',
  sampleSize: 1200,
  config: { districts: ['Nord', 'Süd'], localPlaces: [], enabledOptionalBlocks: [] },
  sampleRuns: [],
} as unknown as WaveDetail;
const JOB = { id: 91, kind: 'letter_batch', status: 'wartend' };

function renderForm(wave: WaveDetail = WAVE) {
  const onJob = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <SampleDrawForm wave={wave} onJob={onJob} />
    </QueryClientProvider>,
  );
  return onJob;
}

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const chooseFile = () =>
  fireEvent.change(screen.getByLabelText('Registerauszug (CSV)'), {
    target: { files: [new File(['id;geburtsjahr\n1;1980\n'], 'register.csv', { type: 'text/csv' })] },
  });
const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** The multipart fields of the one request sent, the file by its name. */
function sentFields(fetchMock: ReturnType<typeof vi.fn>): Record<string, string> {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  expect(url).toBe('/api/surveys/7/letter-batches');
  expect(init.method).toBe('POST');
  const body = init.body as FormData;
  return Object.fromEntries(
    [...body.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]),
  );
}

describe('SampleDrawForm (react-hook-form on the shared ZSampleDrawForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('names every problem in German at its field and in the summary, and sends nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type('Stichprobengröße', '12,5');
    type(/Startwert/, '-3');
    fireEvent.click(screen.getByLabelText(/Feste Anzahl je Ortsteil/));
    type('Süd', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Stichprobe ziehen und Briefe erzeugen' }));
    expect(await screen.findAllByText('Bitte wählen Sie den Registerauszug (CSV).')).toHaveLength(2);
    expect(screen.getAllByText('Die Stichprobengröße muss eine Zahl sein.')).toHaveLength(2);
    expect(screen.getAllByText('Der Startwert darf nicht negativ sein.')).toHaveLength(2);
    expect(screen.getAllByText('Bitte eine Anzahl für „Nord“ eingeben.')).toHaveLength(2);
    expect(screen.queryByText(/Anzahl für „Süd“/)).toBeNull();
    expect(screen.getByText('Es gibt 4 Probleme')).toBeTruthy();
    // The summary links to the inputs, in the order of the form.
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '#stichprobe-file',
      '#stichprobe-size',
      '#stichprobe-seed',
      '#stichprobe-fixed-0',
    ]);
    expect(screen.getByLabelText('Nord').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the register with the options as the API reads them and follows the job', async () => {
    const fetchMock = vi.fn(async () => answer(202, JOB));
    vi.stubGlobal('fetch', fetchMock);
    const onJob = renderForm();
    chooseFile();
    type('Stichprobengröße', '800');
    type(/Startwert/, '42');
    fireEvent.click(screen.getByLabelText(/Feste Anzahl je Ortsteil/));
    type('Nord', '300');
    type('Süd', ' 500 ');
    type(/Datum der Einladung/, '2026-02-20');
    fireEvent.click(screen.getByRole('button', { name: 'Stichprobe ziehen und Briefe erzeugen' }));
    await waitFor(() => expect(onJob).toHaveBeenLastCalledWith(91));
    expect(sentFields(fetchMock)).toEqual({
      file: 'register.csv',
      seed: '42',
      size: '800',
      allocation: JSON.stringify({ Nord: 300, Süd: 500 }),
      letterDate: '2026-02-20',
    });
    // Ready for a further draw: the file is asked for again, the options stay.
    expect((screen.getByLabelText('Registerauszug (CSV)') as HTMLInputElement).files?.length ?? 0).toBe(0);
    expect((screen.getByLabelText('Stichprobengröße') as HTMLInputElement).value).toBe('800');
  });

  it('asks for confirmation before a second draw and sends it once given', async () => {
    const fetchMock = vi.fn(async () => answer(202, JOB));
    vi.stubGlobal('fetch', fetchMock);
    renderForm({ ...WAVE, sampleRuns: [RUN] } as unknown as WaveDetail);
    chooseFile();
    const button = screen.getByRole('button', { name: 'Weitere Stichprobe ziehen' });
    fireEvent.click(button);
    const message = 'Bitte bestätigen Sie, dass Sie eine weitere Stichprobe ziehen möchten.';
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(/zusätzlich zu den bisherigen 8 Anschreiben/));
    fireEvent.click(button);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(sentFields(fetchMock)).toEqual({
      file: 'register.csv',
      size: '1200',
      allocation: 'proportional',
      confirmAdditional: 'true',
    });
  });

  it('shows a refused register with its faulty lines on top of the form', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(422, {
          error: {
            code: 'IMPORT_REJECTED',
            message:
              'Der Melderegisterauszug wurde nicht verwendet: Zeile 2: Geburtsjahr fehlt (und 1 weitere Fehler)',
            details: [{ text: 'Zeile 2: Geburtsjahr fehlt' }, { text: 'Zeile 5: Ortsteil „Ost“ unbekannt' }],
          },
        }),
      ),
    );
    const onJob = renderForm();
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Stichprobe ziehen und Briefe erzeugen' }));
    expect(await screen.findByText(/Zeile 2: Geburtsjahr fehlt \(und 1 weitere Fehler\)/)).toBeTruthy();
    expect(screen.getByText('Zeile 5: Ortsteil „Ost“ unbekannt')).toBeTruthy();
    expect(screen.getByText('Es gibt 2 Probleme')).toBeTruthy();
    expect(onJob).toHaveBeenLastCalledWith(null);
  });

  it('explains a draw made meanwhile elsewhere on top, as the form has no checkbox for it yet', async () => {
    const message = 'Für diese Befragung wurde schon eine Stichprobe gezogen (8 Anschreiben).';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(409, {
          error: {
            code: 'SAMPLE_ALREADY_DRAWN',
            message,
            fields: { confirmAdditional: 'Bitte bestätigen Sie die weitere Stichprobe.' },
          },
        }),
      ),
    );
    renderForm();
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Stichprobe ziehen und Briefe erzeugen' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
