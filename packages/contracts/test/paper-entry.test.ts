import { describe, expect, it } from 'vitest';
import {
  type CodebookItem,
  isPaperItemAsked,
  PAPER_SHEET_EMPTY,
  paperEntryForm,
  parsePaperEntry,
  ZMarginsUploadForm,
  ZPaperResponse,
} from '../src/index.ts';

const item = (over: Partial<CodebookItem>): CodebookItem =>
  ({
    code: 'X',
    type: 'single',
    values: [
      { code: 1, label: 'sehr sicher', exclusive: false },
      { code: 2, label: 'eher sicher', exclusive: false },
      { code: -1, label: 'Weiß nicht', exclusive: true },
    ],
    maxSelected: null,
    maxLength: null,
    showIf: null,
    ...over,
  }) as unknown as CodebookItem;

describe('paper entry: one item as staff type it', () => {
  it('single choice: a known code with its label; unknown codes and non-numbers named', () => {
    expect(parsePaperEntry(item({}), ' 2 ')).toEqual({ ok: true, value: 2, text: 'eher sicher' });
    expect(parsePaperEntry(item({}), '7')).toEqual({
      ok: false,
      error: '7 gibt es hier nicht. Erlaubt: 1, 2, -1.',
    });
    expect(parsePaperEntry(item({}), 'ja')).toEqual({
      ok: false,
      error: '„ja“ ist kein Code. Erlaubt: 1, 2, -1.',
    });
    expect(parsePaperEntry(item({}), '')).toEqual({ ok: true, value: undefined, text: '' });
  });

  it('multiple choice: codes by space or comma; duplicates, exclusive codes and the maximum refused', () => {
    const multi = item({ type: 'multi', maxSelected: 2 } as Partial<CodebookItem>);
    expect(parsePaperEntry(multi, '1, 2')).toEqual({
      ok: true,
      value: [1, 2],
      text: 'sehr sicher; eher sicher',
    });
    expect(parsePaperEntry(multi, '1 1')).toEqual({ ok: false, error: '1 ist doppelt angegeben.' });
    expect(parsePaperEntry(multi, '1 -1')).toEqual({
      ok: false,
      error: '„Weiß nicht“ (-1) kann nicht mit anderen Antworten stehen.',
    });
    const one = item({ type: 'multi', maxSelected: 1 } as Partial<CodebookItem>);
    expect(parsePaperEntry(one, '1 2')).toEqual({ ok: false, error: 'Höchstens 1 Antworten.' });
  });

  it('text: kept as typed up to its length', () => {
    const text = item({ type: 'text', maxLength: 5 } as Partial<CodebookItem>);
    expect(parsePaperEntry(text, 'Markt')).toEqual({ ok: true, value: 'Markt', text: '' });
    expect(parsePaperEntry(text, 'Marktplatz')).toEqual({ ok: false, error: 'Höchstens 5 Zeichen.' });
  });

  it('follow-up items are asked only after their trigger answer', () => {
    const followUp = item({ showIf: { item: 'OPFER', equals: 1 } } as Partial<CodebookItem>);
    expect(isPaperItemAsked(followUp, { OPFER: '1' })).toBe(true);
    expect(isPaperItemAsked(followUp, { OPFER: '2' })).toBe(false);
    expect(isPaperItemAsked(item({}), {})).toBe(true);
  });
});

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('paper entry form: the whole sheet, turned into the API’s body', () => {
  const items = [
    item({ code: 'OPFER' }),
    item({ code: 'WIE', showIf: { item: 'OPFER', equals: 1 } } as Partial<CodebookItem>),
    item({ code: 'ORTE', type: 'multi' } as Partial<CodebookItem>),
    item({ code: 'TEXT', type: 'text', maxLength: 50 } as Partial<CodebookItem>),
  ];
  const form = paperEntryForm(items, '2026-05-10');

  it('sends the parsed answers, leaves out empty ones and follow-ups not asked', () => {
    const body = form.parse({
      receivedOn: '2026-05-09',
      entries: { OPFER: '2', WIE: '1', ORTE: '1 2', TEXT: ' am Markt ' },
    });
    expect(body).toEqual({ values: { OPFER: 2, ORTE: [1, 2], TEXT: 'am Markt' }, receivedOn: '2026-05-09' });
    // What the form sends is what the API accepts.
    expect(ZPaperResponse.safeParse(body).success).toBe(true);
  });

  it('names each broken item at its code and the date with the server’s rule', () => {
    expect(
      messages(form.safeParse({ receivedOn: '2026-05-11', entries: { OPFER: '1', WIE: '9', ORTE: 'x' } })),
    ).toEqual({
      receivedOn: 'Das Eingangsdatum darf nicht in der Zukunft liegen.',
      'entries.WIE': '9 gibt es hier nicht. Erlaubt: 1, 2, -1.',
      'entries.ORTE': '„x“ ist kein Code. Erlaubt: 1, 2, -1.',
    });
    expect(messages(form.safeParse({ receivedOn: '', entries: { OPFER: '1' } }))).toEqual({
      receivedOn: 'Bitte das Eingangsdatum des Bogens angeben.',
    });
  });

  it('refuses an empty sheet as a whole and a control character in a text at its item', () => {
    expect(messages(form.safeParse({ receivedOn: '2026-05-10', entries: { OPFER: ' ' } }))).toEqual({
      entries: PAPER_SHEET_EMPTY,
    });
    expect(messages(form.safeParse({ receivedOn: '2026-05-10', entries: { TEXT: 'a\u0000b' } }))).toEqual({
      'entries.TEXT':
        'Der Text enthält ein unzulässiges Steuerzeichen (z. B. ein Nullbyte) oder ein ungültiges Zeichen.',
    });
  });
});

describe('margins upload form', () => {
  it('wants a file within the server’s limit', () => {
    expect(messages(ZMarginsUploadForm.safeParse({ file: null }))).toEqual({
      file: 'Bitte wählen Sie die CSV-Datei mit den Randverteilungen aus.',
    });
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'gross.csv');
    expect(messages(ZMarginsUploadForm.safeParse({ file: big }))).toEqual({
      file: 'Die Datei ist zu groß: Es sind höchstens 20 MB möglich.',
    });
    const csv = new File(['variable;level;count'], 'r.csv', { type: 'text/csv' });
    expect(ZMarginsUploadForm.parse({ file: csv }).file).toBe(csv);
  });
});
