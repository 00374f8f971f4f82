import type { CodebookItem, WaveDetail } from '@asskomm/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaperEntrySection } from '../src/features/surveys/sections/PaperEntrySection.tsx';
import { createQueryClient } from '../src/lib/query.ts';

const WAVE = { id: 7, status: 'feldphase' } as unknown as WaveDetail;

const item = (over: Partial<CodebookItem>): CodebookItem =>
  ({
    code: 'X',
    text: 'Frage',
    type: 'single',
    page: 'p1',
    pageTitle: 'Sicherheit',
    groupTitle: null,
    values: [
      { code: 1, label: 'ja', missing: false, exclusive: false },
      { code: 2, label: 'nein', missing: false, exclusive: false },
      { code: 9, label: 'Weiß nicht', missing: true, exclusive: true },
    ],
    maxSelected: null,
    maxLength: null,
    showIf: null,
    ...over,
  }) as CodebookItem;

const ITEMS = [
  item({ code: 'OPFER', text: 'Opfer einer Straftat?' }),
  item({ code: 'WIE', text: 'Angezeigt?', showIf: { item: 'OPFER', equals: 1 } }),
  item({ code: 'ORTE', text: 'Orte', type: 'multi' }),
  item({ code: 'TEXT', text: 'Anmerkungen', type: 'text', maxLength: 100 }),
];

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The API: the codebook, and the paper entry answered by `post`. */
function stubApi(post: (init: RequestInit) => Response) {
  const posts: unknown[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    if (url === '/api/surveys/7/codebook') return answer(200, { items: ITEMS });
    if (url === '/api/surveys/7/responses' && init.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      return post(init);
    }
    return answer(404, { error: { code: 'NOT_FOUND', message: `unexpected ${url}` } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return posts;
}

async function renderEntry(reload = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PaperEntrySection wave={WAVE} canManage reload={reload} />
    </QueryClientProvider>,
  );
  await screen.findByLabelText(/Opfer einer Straftat/);
  return reload;
}

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: RegExp, value: string) => fireEvent.change(input(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Speichern und nächster Bogen' }));

describe('PaperEntrySection (react-hook-form on the shared paperEntryForm)', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('checks each entry while typing, in German, and shows the chosen label', async () => {
    stubApi(() => answer(201, {}));
    await renderEntry();
    type(/Orte/, '1 x');
    expect(await screen.findByText('„x“ ist kein Code. Erlaubt: 1, 2, 9.')).toBeTruthy();
    expect(input(/Orte/).getAttribute('aria-invalid')).toBe('true');
    type(/Orte/, '1 2');
    await waitFor(() => expect(screen.queryByText(/ist kein Code/)).toBeNull());
    expect(screen.getByText('= ja; nein')).toBeTruthy();
    // Typing does not bring up the summary: it appears on saving only.
    expect(screen.queryByText(/Es gibt/)).toBeNull();
  });

  it('refuses an empty sheet and broken entries on saving, with a summary linking to the inputs', async () => {
    const posts = stubApi(() => answer(201, {}));
    await renderEntry();
    save();
    expect(
      await screen.findByText('Der Bogen ist leer: Bitte mindestens eine Antwort eingeben.'),
    ).toBeTruthy();
    type(/Opfer einer Straftat/, '1');
    type(/Angezeigt/, '5');
    save();
    const link = await screen.findByRole('link', { name: 'WIE: 5 gibt es hier nicht. Erlaubt: 1, 2, 9.' });
    expect(link.getAttribute('href')).toBe('#erfassung-WIE');
    expect(screen.getByText('Es gibt ein Problem')).toBeTruthy();
    expect(posts).toHaveLength(0);
  });

  it('moves on with Enter and saves with Ctrl+Enter: parsed values, follow-ups not asked left out', async () => {
    const posts = stubApi(() => answer(201, { paperResponses: 13, totalResponses: 40 }));
    const reload = await renderEntry();
    type(/Opfer einer Straftat/, '1');
    type(/Angezeigt/, '2');
    // The follow-up loses its entry once its filter answer changes.
    type(/Opfer einer Straftat/, '2');
    expect(input(/Angezeigt/).value).toBe('');
    expect(input(/Angezeigt/).disabled).toBe(true);
    input(/Opfer einer Straftat/).focus();
    fireEvent.keyDown(input(/Opfer einer Straftat/), { key: 'Enter' });
    // The disabled follow-up is skipped.
    expect(document.activeElement).toBe(input(/Orte/));
    type(/Orte/, '2, 1');
    type(/Anmerkungen/, ' Licht am Markt ');
    fireEvent.change(input(/Eingangsdatum/), { target: { value: '2026-01-15' } });
    fireEvent.keyDown(input(/Orte/), { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('Bogen gespeichert – 1 in dieser Sitzung')).toBeTruthy();
    expect(posts).toEqual([
      { values: { OPFER: 2, ORTE: [2, 1], TEXT: 'Licht am Markt' }, receivedOn: '2026-01-15' },
    ]);
    expect(screen.getByText(/Papierbögen dieser Befragung insgesamt: 13/)).toBeTruthy();
    expect(reload).toHaveBeenCalled();
    // Next sheet: entries empty, the received date kept for the batch.
    expect(input(/Orte/).value).toBe('');
    expect(input(/Eingangsdatum/).value).toBe('2026-01-15');
  });

  it('refuses a received date in the future before sending', async () => {
    const posts = stubApi(() => answer(201, {}));
    await renderEntry();
    type(/Opfer einer Straftat/, '1');
    fireEvent.change(input(/Eingangsdatum/), { target: { value: '2999-01-01' } });
    save();
    expect(await screen.findAllByText('Das Eingangsdatum darf nicht in der Zukunft liegen.')).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Eingangsdatum/ }).getAttribute('href')).toBe(
      '#erfassung-eingang',
    );
    expect(posts).toHaveLength(0);
  });

  it('puts the server’s refusal at its item and in the summary', async () => {
    stubApi(() =>
      answer(422, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Der Bogen wurde nicht gespeichert: Bitte eine Antwort wählen.',
          fields: { ORTE: 'Bitte eine Antwort wählen.' },
        },
      }),
    );
    await renderEntry();
    type(/Opfer einer Straftat/, '2');
    save();
    expect(await screen.findByRole('link', { name: 'ORTE: Bitte eine Antwort wählen.' })).toBeTruthy();
    expect(screen.getAllByText('Bitte eine Antwort wählen.')).toHaveLength(1);
    expect(input(/Orte/).getAttribute('aria-invalid')).toBe('true');
    // Typing at the item replaces the server's message with the form's own check.
    type(/Orte/, '1');
    await waitFor(() => expect(input(/Orte/).getAttribute('aria-invalid')).toBeNull());
    expect(screen.queryByText('Bogen gespeichert', { exact: false })).toBeNull();
  });
});
