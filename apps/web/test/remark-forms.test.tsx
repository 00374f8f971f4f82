import type { StaffRemarkJson } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { photoProblem } from '../src/features/remarks/PhotoField.tsx';
import { PublicationForm, StatusForm } from '../src/features/remarks/RemarkActions.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const REMARK: StaffRemarkJson = {
  publicId: '2026-ABCDEFGH',
  ags: '14625020',
  category: 'graffiti',
  categoryName: 'Graffiti',
  description: null,
  descriptionFull: 'Graffiti an der Unterführung',
  status: 'eingegangen',
  statusNote: null,
  agencyResponsible: 'Ordnungsamt',
  lat: null,
  long: null,
  addressString: null,
  hasPhoto: false,
  mediaUrl: null,
  requestedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  id: 1,
  published: false,
  mediaApproved: false,
  hasUnapprovedPhoto: false,
  reporter: null,
};

function renderStatusForm(remark: StaffRemarkJson) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <StatusForm remark={remark} />
    </QueryClientProvider>,
  );
}

describe('photoProblem (checked before the upload, the server checks again)', () => {
  it('names a file that is not an image and one that is too large, and accepts a photo', () => {
    expect(photoProblem(new File(['text'], 'notizen.txt', { type: 'text/plain' }))).toBe(
      '„notizen.txt“ ist kein Foto. Erlaubt sind Bilder im Format JPEG, PNG, WebP, GIF, AVIF oder HEIC.',
    );
    const big = new File([new Uint8Array(9 * 1024 * 1024)], 'riesig.jpg', { type: 'image/jpeg' });
    expect(photoProblem(big)).toBe('Das Foto „riesig.jpg“ ist 9 MB groß; erlaubt sind höchstens 8 MB.');
    expect(photoProblem(new File([new Uint8Array(100)], 'ok.jpg', { type: 'image/jpeg' }))).toBeNull();
    // Phones may send HEIC without a type: the server decides by the file's first bytes.
    expect(photoProblem(new File([new Uint8Array(100)], 'IMG_1.HEIC', { type: '' }))).toBeNull();
    expect(photoProblem(null)).toBeNull();
  });
});

describe('StatusForm (react-hook-form on the shared ZRemarkStatusUpdate)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('offers only the allowed next statuses', () => {
    renderStatusForm({ ...REMARK, status: 'erledigt' });
    const options = [...(screen.getByLabelText('Status') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toEqual(['Erledigt', 'In Bearbeitung']);
  });

  it('shows the server’s message at the note when a rejection has no reason', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Eingaben prüfen',
            fields: {
              statusNote: 'Bitte begründen Sie die Ablehnung in der Statusnotiz (sie ist öffentlich).',
            },
          },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderStatusForm(REMARK);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'abgelehnt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Status speichern' }));
    await screen.findByText('Bitte begründen Sie die Ablehnung in der Statusnotiz (sie ist öffentlich).');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/remarks/2026-ABCDEFGH/status');
    expect(JSON.parse(init.body)).toEqual({ status: 'abgelehnt', statusNote: null });
    expect(screen.getByLabelText(/Öffentliche Statusnotiz/).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('PublicationForm (the shared Alert with the server’s whole answer)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the refusal with the field it names in an alert, and what was sent', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response(
        JSON.stringify({
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Eingaben prüfen',
            fields: { mediaApproved: 'Das Foto ist noch nicht geprüft.' },
          },
        }),
        { status: 400, headers: { 'content-type': 'application/json' } },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <PublicationForm remark={REMARK} />
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByLabelText(/Hinweis in der öffentlichen Liste zeigen/));
    fireEvent.click(screen.getByRole('button', { name: 'Veröffentlichung speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Eingaben prüfen (mediaApproved: Das Foto ist noch nicht geprüft.)');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/remarks/2026-ABCDEFGH/publication');
    expect(JSON.parse(init.body)).toEqual({ published: true, mediaApproved: false });
  });
});
