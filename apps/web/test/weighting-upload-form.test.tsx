import type { WaveDetail } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WeightingSection } from '../src/features/surveys/sections/WeightingSection.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const WAVE = {
  id: 7,
  status: 'entwurf',
  responses: 0,
  margins: [],
  config: { districts: ['Nord'], localPlaces: [], enabledOptionalBlocks: [] },
} as unknown as WaveDetail;

const CSV = 'variable;level;count\nSD_ALTER;1;800\nSD_ORTSTEIL;1;abc\n';

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API: the template of expected codes, and the upload answered by `put`. */
function stubApi(put: () => Response) {
  const uploads: FormData[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/api/surveys/7/margins/template') return answer(200, { variables: [] });
      if (url === '/api/surveys/7/margins' && init.method === 'PUT') {
        uploads.push(init.body as FormData);
        return put();
      }
      return answer(404, { error: { code: 'NOT_FOUND', message: `unexpected ${url}` } });
    }),
  );
  return uploads;
}

function renderSection(reload = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <WeightingSection wave={WAVE} canManage reload={reload} />
    </QueryClientProvider>,
  );
  return reload;
}

const fileInput = () => screen.getByLabelText('CSV-Datei mit den Randverteilungen') as HTMLInputElement;
const choose = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const upload = () => fireEvent.click(screen.getByRole('button', { name: 'Randverteilungen hochladen' }));

describe('WeightingSection upload (react-hook-form on the shared ZMarginsUploadForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for a file in German, at the field and in the summary, and sends nothing', async () => {
    const uploads = stubApi(() => answer(200, { margins: [], warnings: [] }));
    renderSection();
    upload();
    const message = 'Bitte wählen Sie die CSV-Datei mit den Randverteilungen aus.';
    expect(await screen.findAllByText(message)).toHaveLength(2);
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe('#gewichtung-datei');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toHaveLength(0);
  });

  it('refuses a file over the server’s limit before sending it', async () => {
    const uploads = stubApi(() => answer(200, { margins: [], warnings: [] }));
    renderSection();
    choose(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'gross.csv', { type: 'text/csv' }));
    upload();
    expect(
      await screen.findAllByText('Die Datei ist zu groß: Es sind höchstens 20 MB möglich.'),
    ).toHaveLength(2);
    expect(uploads).toHaveLength(0);
  });

  it('previews the chosen file, sends it and shows the server’s warnings', async () => {
    const uploads = stubApi(() =>
      answer(200, { margins: [], warnings: ['SD_GESCHLECHT fehlt: ungewichtet nach Geschlecht.'] }),
    );
    const reload = renderSection();
    const file = new File([CSV], 'raender.csv', { type: 'text/csv' });
    choose(file);
    expect(await screen.findByText('Vorschau (2 Zeilen)')).toBeTruthy();
    expect(screen.getByText('Zeile 3: Die Anzahl „abc“ ist keine ganze Zahl.')).toBeTruthy();
    upload();
    expect(await screen.findByText('Die Randverteilungen sind gespeichert')).toBeTruthy();
    expect(screen.getByText('SD_GESCHLECHT fehlt: ungewichtet nach Geschlecht.')).toBeTruthy();
    expect(uploads).toHaveLength(1);
    expect((uploads[0]!.get('file') as File).name).toBe('raender.csv');
    expect(reload).toHaveBeenCalled();
    // The form is ready for the next file: no preview, no file.
    expect(screen.queryByText(/Vorschau/)).toBeNull();
    expect(fileInput().value).toBe('');
  });

  it('shows the server’s refusal with the rows it names', async () => {
    stubApi(() =>
      answer(422, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Die Randverteilungen enthalten 2 Fehler.',
          details: [{ text: 'Zeile 2: unbekanntes Merkmal „SD_X“.' }, { text: 'Zeile 3: Anzahl fehlt.' }],
        },
      }),
    );
    const reload = renderSection();
    choose(new File([CSV], 'raender.csv', { type: 'text/csv' }));
    upload();
    expect(await screen.findByText('Die Randverteilungen wurden nicht gespeichert')).toBeTruthy();
    expect(screen.getByText('Die Randverteilungen enthalten 2 Fehler.')).toBeTruthy();
    expect(screen.getByText('Zeile 2: unbekanntes Merkmal „SD_X“.')).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
    // Choosing another file clears the old refusal.
    choose(new File([CSV], 'neu.csv', { type: 'text/csv' }));
    expect(screen.queryByText('Die Randverteilungen wurden nicht gespeichert')).toBeNull();
  });
});
