import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPage } from '../src/features/pks/ImportPage.tsx';
import { createQueryClient } from '../src/lib/query.ts';

vi.mock('../src/lib/auth.tsx', () => ({
  useAuth: () => ({ user: { id: 1, role: 'lpr', ags: null, name: 'LPR', email: 'lpr@example.org' } }),
}));

// Links outside a router: plain anchors are enough here.
vi.mock('../src/lib/router.tsx', () => ({
  Link: ({ href, children, className }: { href: string; children: ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const SUMMARY = {
  filename: 'bautzen.csv',
  format: 'gemeinde',
  formatLabel: 'Gemeinde-Vorlage',
  encoding: 'UTF-8',
  source: 'LKA Sachsen',
  years: [2025],
  rowCount: 3,
  areaCount: 1,
  keyCount: 3,
  totals: [],
  errorCount: 0,
  warningCount: 0,
};

/** The API: the import log (empty) and the preview; every upload's form data is kept. */
function stubApi() {
  const previews: FormData[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.startsWith('/api/pks/imports/preview') && init.method === 'POST') {
        previews.push(init.body as FormData);
        return answer(200, {
          ok: true,
          summary: SUMMARY,
          errors: [],
          warnings: [],
          sample: { columns: [], rows: [] },
          replacesRows: 0,
        });
      }
      if (url.startsWith('/api/pks/imports')) return answer(200, { items: [] });
      return answer(404, { error: { code: 'NOT_FOUND', message: `unexpected ${url}` } });
    }),
  );
  return previews;
}

function renderPage() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ImportPage />
    </QueryClientProvider>,
  );
}

const fileInput = () => screen.getByLabelText(/^Datei \(CSV oder XLSX/) as HTMLInputElement;
const choose = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Datei prüfen' }));

describe('PKS ImportPage upload (react-hook-form on the shared ZPksUploadForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for a file and a four-digit year in German, at the fields and in the summary', async () => {
    const previews = stubApi();
    renderPage();
    fireEvent.change(screen.getByLabelText(/^Berichtsjahr/), { target: { value: '25' } });
    check();
    const fileMessage = 'Wählen Sie eine Datei aus.';
    expect(await screen.findAllByText(fileMessage)).toHaveLength(2);
    expect(screen.getByRole('link', { name: fileMessage }).getAttribute('href')).toBe('#pks-datei');
    const yearMessage = 'Das Berichtsjahr hat vier Ziffern.';
    expect(screen.getAllByText(yearMessage)).toHaveLength(2);
    expect(screen.getByRole('link', { name: yearMessage }).getAttribute('href')).toBe('#pks-jahr');
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^Berichtsjahr/).getAttribute('aria-invalid')).toBe('true');
    expect(previews).toHaveLength(0);
  });

  it('refuses a file over the server’s 50 MB before sending it', async () => {
    const previews = stubApi();
    renderPage();
    choose(new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'gross.csv', { type: 'text/csv' }));
    check();
    expect(
      await screen.findAllByText('Die Datei ist größer als 50 MB. Teilen Sie sie nach Jahren auf.'),
    ).toHaveLength(2);
    expect(previews).toHaveLength(0);
  });

  it('sends the file with the chosen format, year and trimmed source, then offers the import', async () => {
    const previews = stubApi();
    renderPage();
    choose(new File(['ags;jahr\n'], 'bautzen.csv', { type: 'text/csv' }));
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'gemeinde' } });
    fireEvent.change(screen.getByLabelText(/^Berichtsjahr/), { target: { value: '2025' } });
    fireEvent.change(screen.getByLabelText(/^Quelle/), { target: { value: '  LKA Sachsen  ' } });
    check();
    expect(await screen.findByRole('button', { name: 'Jetzt importieren' })).toBeTruthy();
    expect(previews).toHaveLength(1);
    const sent = previews[0] as FormData;
    expect((sent.get('datei') as File).name).toBe('bautzen.csv');
    expect(sent.get('format')).toBe('gemeinde');
    expect(sent.get('year')).toBe('2025');
    expect(sent.get('source')).toBe('LKA Sachsen');
    expect(screen.queryByRole('link', { name: 'Wählen Sie eine Datei aus.' })).toBeNull();
  });

  it('leaves out what was not given, so the server detects the format and names the source', async () => {
    const previews = stubApi();
    renderPage();
    choose(new File(['ags;jahr\n'], 'bautzen.csv', { type: 'text/csv' }));
    check();
    await screen.findByRole('button', { name: 'Jetzt importieren' });
    const sent = previews[0] as FormData;
    expect([...sent.keys()]).toEqual(['datei']);
  });
});
