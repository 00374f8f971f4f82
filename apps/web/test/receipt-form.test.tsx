import type { FundingApplicationView } from '@asskomm/contracts';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProofPanel } from '../src/features/funding/ProofPanel.tsx';
import { ApiError, setCsrfToken } from '../src/lib/api-client.ts';

const APPLICATION = {
  id: 3,
  proof: {
    report: '',
    ownShareSpentCent: 0,
    submittedOn: null,
    spentCent: null,
    receipts: [],
    receiptsCent: 0,
  },
  decision: { approvedCent: 500_000 },
} as unknown as FundingApplicationView;

const WITH_RECEIPT = {
  ...APPLICATION,
  proof: {
    ...APPLICATION.proof,
    receipts: [
      {
        id: 11,
        paidOn: '2026-05-04',
        payee: 'Druckerei',
        purpose: 'Flyer',
        amountCent: 12_345,
        document: null,
      },
    ],
  },
} as unknown as FundingApplicationView;

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API: the receipt POST answered by `post`, the scan PUT with the same view; every request is kept. */
function stubApi(post: () => Response) {
  const requests: { url: string; method?: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      requests.push({ url, method: init.method, body: init.body });
      if (url === '/api/funding/applications/3/receipts' && init.method === 'POST') return post();
      if (url === '/api/funding/applications/3/receipts/11/file' && init.method === 'PUT')
        return answer(200, WITH_RECEIPT);
      return answer(404, { error: { code: 'NOT_FOUND', message: `unexpected ${url}` } });
    }),
  );
  return requests;
}

/** The panel with the page's `run`: ApiErrors are the page's to show, so they are only recorded here. */
function renderPanel() {
  const refused: ApiError[] = [];
  const run = vi.fn(async (step: () => Promise<FundingApplicationView>) => {
    try {
      await step();
    } catch (error) {
      if (error instanceof ApiError) refused.push(error);
      else throw error;
    }
  });
  render(<ProofPanel a={APPLICATION} canWrite run={run} />);
  return refused;
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const add = () => fireEvent.click(screen.getByRole('button', { name: 'Beleg hinzufügen' }));
const fileInput = () => screen.getByLabelText(/^Belegdatei/) as HTMLInputElement;

describe('ProofPanel receipt (react-hook-form on the shared ZReceiptForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('names each missing field in German, at the field and in the summary, and sends nothing', async () => {
    const requests = stubApi(() => answer(200, WITH_RECEIPT));
    renderPanel();
    add();
    for (const [message, id] of [
      ['Bitte das Zahlungsdatum angeben.', '#beleg-datum'],
      ['Bitte den Empfänger der Zahlung angeben.', '#beleg-empfaenger'],
      ['Bitte den Zweck der Ausgabe angeben.', '#beleg-zweck'],
    ]) {
      expect(await screen.findAllByText(message as string)).toHaveLength(2);
      expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe(id);
    }
    expect(screen.getByLabelText('Empfänger').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toHaveLength(0);
  });

  it('refuses an unreadable amount and a scan of the wrong type before sending', async () => {
    const requests = stubApi(() => answer(200, WITH_RECEIPT));
    renderPanel();
    type('Betrag in Euro', 'zwölf');
    fireEvent.change(fileInput(), {
      target: { files: [new File(['x'], 'beleg.docx', { type: 'application/msword' })] },
    });
    add();
    expect(await screen.findAllByText('„beleg.docx“ ist weder PDF noch JPEG oder PNG.')).toHaveLength(2);
    expect(screen.getAllByText(/^Belegbetrag: /)).toHaveLength(2);
    expect(screen.getByLabelText('Betrag in Euro').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toHaveLength(0);
  });

  it('sends the receipt in cents, then its scan, and empties the form', async () => {
    setCsrfToken('t');
    const requests = stubApi(() => answer(200, WITH_RECEIPT));
    renderPanel();
    type('Zahlungsdatum', '2026-05-04');
    type('Empfänger', '  Druckerei  ');
    type('Zweck', 'Flyer');
    type('Betrag in Euro', '123,45');
    const scan = new File(['%PDF-1.4'], 'beleg.pdf', { type: 'application/pdf' });
    fireEvent.change(fileInput(), { target: { files: [scan] } });
    add();
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(JSON.parse(requests[0]?.body as string)).toEqual({
      paidOn: '2026-05-04',
      payee: 'Druckerei',
      purpose: 'Flyer',
      amountCent: 12_345,
    });
    expect(requests[1]?.url).toBe('/api/funding/applications/3/receipts/11/file');
    const upload = requests[1]?.body as FormData;
    expect((upload.get('datei') as File).name).toBe('beleg.pdf');
    await waitFor(() => expect((screen.getByLabelText('Empfänger') as HTMLInputElement).value).toBe(''));
    expect((screen.getByLabelText('Betrag in Euro') as HTMLInputElement).value).toBe('');
  });

  it('keeps the entries when the server refuses the receipt', async () => {
    const requests = stubApi(() =>
      answer(409, { error: { code: 'CONFLICT', message: 'Der Nachweis ist schon eingereicht.' } }),
    );
    const refused = renderPanel();
    type('Zahlungsdatum', '2026-05-04');
    type('Empfänger', 'Druckerei');
    type('Zweck', 'Flyer');
    type('Betrag in Euro', '10');
    add();
    await waitFor(() => expect(refused).toHaveLength(1));
    expect(requests).toHaveLength(1);
    expect((screen.getByLabelText('Empfänger') as HTMLInputElement).value).toBe('Druckerei');
    expect((screen.getByLabelText('Betrag in Euro') as HTMLInputElement).value).toBe('10');
  });
});
