import type { WaveDetail } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WaveSettingsForm } from '../src/features/surveys/sections/FieldworkSection.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const WAVE = {
  id: 7,
  ags: '14627060',
  municipalityName: 'Großenhain',
  title: 'Befragung 2026',
  status: 'entwurf',
  fieldStart: '2026-03-01',
  fieldEnd: '2026-03-31',
  sampleSize: 1200,
  isDemo: false,
} as unknown as WaveDetail;

function renderForm(reload = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <WaveSettingsForm wave={WAVE} reload={reload} />
    </QueryClientProvider>,
  );
  return reload;
}

const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('WaveSettingsForm (react-hook-form on the shared ZWaveSettingsForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('refuses an end before the start and a broken sample size in the browser, with the API’s words', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    type(/Ende der Feldphase/, '2026-02-01');
    type(/Stichprobengröße/, '12a');
    submit();
    // At the field and in the summary, which links to the input.
    expect(await screen.findAllByText('Das Ende der Feldphase liegt vor ihrem Beginn.')).toHaveLength(2);
    expect(screen.getAllByText('Die Stichprobengröße muss eine ganze Zahl sein.')).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Ende der Feldphase liegt/ }).getAttribute('href')).toBe(
      '#einstellung-fieldEnd',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends only what changed and says it is saved', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) =>
      answer(200, { ...WAVE, sampleSize: 1500 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const reload = renderForm();
    type(/Stichprobengröße/, '1500');
    submit();
    expect(await screen.findByText('Gespeichert.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/surveys/7');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ sampleSize: 1500 });
    expect(reload).toHaveBeenCalled();
  });

  it('puts the server’s refusal at its field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(422, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Das neue Ende der Feldphase liegt in der Vergangenheit.',
            fields: { fieldEnd: 'Das neue Ende der Feldphase liegt in der Vergangenheit.' },
          },
        }),
      ),
    );
    renderForm();
    type(/Ende der Feldphase/, '2026-04-30');
    submit();
    expect(
      await screen.findAllByText('Das neue Ende der Feldphase liegt in der Vergangenheit.'),
    ).toHaveLength(2);
    expect(screen.queryByText('Gespeichert.')).toBeNull();
  });
});
