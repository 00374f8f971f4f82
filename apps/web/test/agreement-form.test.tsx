import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgreementForm } from '../src/features/network/AgreementForm.tsx';
import { pdfProblem } from '../src/features/network/pdf-file.ts';
import { createQueryClient } from '../src/lib/query.ts';

const PDF_BYTES = '%PDF-1.4\n%%EOF\n';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A file that says it is `size` bytes long without holding them (the check reads only the first bytes). */
function fileOf(name: string, content: string, size?: number): File {
  const file = new File([content], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

function renderForm() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AgreementForm ags="14999003" municipalityName="Dornbach (Demodaten)" />
    </QueryClientProvider>,
  );
}

function choose(file: File) {
  fireEvent.change(screen.getByLabelText(/Unterschriebene Vereinbarung/), { target: { files: [file] } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Vereinbarung speichern' }));

describe('agreement document check (before anything is sent)', () => {
  it('accepts a PDF and names the file and the limit for a large or non-PDF one', async () => {
    expect(await pdfProblem(fileOf('ok.pdf', PDF_BYTES))).toBeNull();
    expect(await pdfProblem(fileOf('scan.pdf', PDF_BYTES, 21 * 1024 * 1024))).toBe(
      '„scan.pdf“ ist 21 MB groß; erlaubt sind höchstens 20 MB.',
    );
    expect(await pdfProblem(fileOf('brief.pdf', 'PK\u0003\u0004'))).toMatch(
      /^„brief\.pdf“ ist keine PDF-Datei/,
    );
    expect(await pdfProblem(fileOf('leer.pdf', ''))).toBe('„leer.pdf“ ist leer.');
  });
});

describe('AgreementForm (react-hook-form on the shared ZAgreementInput)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('refuses a file over 20 MB at the field and in the summary, and saves nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    choose(fileOf('scan.pdf', PDF_BYTES, 25 * 1024 * 1024));
    submit();
    const messages = await screen.findAllByText('„scan.pdf“ ist 25 MB groß; erlaubt sind höchstens 20 MB.');
    expect(messages).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks for a second party with the schema’s message', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderForm();
    fireEvent.change(screen.getByLabelText(/Vertragspartner/), {
      target: { value: 'Dornbach (Demodaten)\n\n' },
    });
    submit();
    expect((await screen.findAllByText('mindestens zwei Vertragspartner')).length).toBe(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves the agreement, then uploads its PDF in the field „datei“', async () => {
    const calls: { method: string; url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: init.method ?? 'GET', url, body: init.body });
        if (init.method === 'POST')
          return answer(201, {
            id: 7,
            ags: '14999003',
            signedOn: '2026-11-25',
            parties: [],
            goals: '',
            document: null,
          });
        return answer(200, {});
      }),
    );
    renderForm();
    fireEvent.change(screen.getByLabelText(/Unterzeichnet am/), { target: { value: '2026-11-25' } });
    choose(fileOf('vereinbarung.pdf', PDF_BYTES));
    submit();
    await screen.findByText('Die Kooperationsvereinbarung ist gespeichert.');
    const writes = calls.filter((c) => c.method !== 'GET');
    expect(writes.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/network/14999003/agreements',
      'PUT /api/network/agreements/7/document',
    ]);
    expect(JSON.parse(writes[0]!.body as string)).toEqual({
      signedOn: '2026-11-25',
      parties: ['Dornbach (Demodaten)', 'Polizeidirektion', 'Landespräventionsrat Sachsen'],
      goals: '',
    });
    await waitFor(() => expect((writes[1]!.body as FormData).get('datei')).toBeInstanceOf(File));
  });
});
