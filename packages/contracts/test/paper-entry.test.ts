import { describe, expect, it } from 'vitest';
import { type CodebookItem, isPaperItemAsked, parsePaperEntry } from '../src/index.ts';

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
