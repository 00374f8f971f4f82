import { describe, expect, it } from 'vitest';
import {
  ZCodesForm,
  ZFurtherSampleDrawForm,
  ZLetterSenderForm,
  ZSampleDrawForm,
  ZSampleFields,
} from '../src/index.ts';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

const register = new File(['id;geburtsjahr\n'], 'register.csv', { type: 'text/csv' });
const rows = [
  { district: 'Nord', count: '' },
  { district: 'Süd', count: '' },
];
const draw = {
  file: register,
  size: '',
  seed: '',
  allocation: { mode: 'proportional' as const, fixed: rows },
  letterDate: '',
  reminderDate: '',
  confirmAdditional: false,
};

describe('fieldwork forms share the API’s rules', () => {
  it('draw form: empty options stay unset, typed ones become what the API parses', () => {
    const empty = ZSampleDrawForm.parse(draw);
    expect(empty).toEqual({ file: register, allocation: 'proportional', confirmAdditional: false });
    const filled = ZSampleDrawForm.parse({
      ...draw,
      size: ' 800 ',
      seed: '0',
      letterDate: '2026-03-02',
      allocation: {
        mode: 'fixed',
        fixed: [
          { district: 'Nord', count: '300' },
          { district: 'Süd', count: '500' },
        ],
      },
    });
    expect(filled).toMatchObject({ size: 800, seed: 0, letterDate: '2026-03-02' });
    expect(filled.allocation).toEqual({ Nord: 300, Süd: 500 });
  });

  it('draw form: the API’s messages for seed and size, and one per district without a number', () => {
    const result = ZSampleDrawForm.safeParse({
      ...draw,
      file: null,
      size: '0',
      seed: '-1',
      allocation: {
        mode: 'fixed',
        fixed: [
          { district: 'Nord', count: '' },
          { district: 'Süd', count: '5' },
        ],
      },
    });
    expect(messages(result)).toEqual({
      file: 'Bitte wählen Sie den Registerauszug (CSV).',
      size: 'Die Stichprobengröße muss mindestens 1 sein.',
      seed: 'Der Startwert darf nicht negativ sein.',
      'allocation.fixed.0.count': 'Bitte eine Anzahl für „Nord“ eingeben.',
    });
    // The same words as the server's own check of the multipart fields.
    expect(ZSampleFields.safeParse({ size: '0' }).error?.issues[0]?.message).toBe(messages(result).size);
  });

  it('draw form: counts typed for a fixed split do not matter while the split is proportional', () => {
    const result = ZSampleDrawForm.safeParse({
      ...draw,
      allocation: { mode: 'proportional', fixed: [{ district: 'Nord', count: 'x' }] },
    });
    expect(result.success).toBe(true);
  });

  it('a further draw needs the confirmation; the first does not', () => {
    expect(ZSampleDrawForm.safeParse(draw).success).toBe(true);
    expect(messages(ZFurtherSampleDrawForm.safeParse(draw))).toEqual({
      confirmAdditional: 'Bitte bestätigen Sie, dass Sie eine weitere Stichprobe ziehen möchten.',
    });
    expect(ZFurtherSampleDrawForm.safeParse({ ...draw, confirmAdditional: true }).success).toBe(true);
  });

  it('sender form: trims, keeps empty fields (they clear), refuses a bad postcode and e-mail', () => {
    const sender = {
      department: '',
      street: ' Markt 1 ',
      postalCode: '01558',
      city: 'Großenhain',
      contactPerson: '',
      phone: '',
      email: '',
      signatoryName: 'Dr. Muster',
      signatoryRole: '',
    };
    expect(ZLetterSenderForm.parse(sender)).toEqual({ ...sender, street: 'Markt 1' });
    expect(
      messages(
        ZLetterSenderForm.safeParse({ ...sender, postalCode: '1558', email: 'rathaus', signatoryName: ' ' }),
      ),
    ).toEqual({
      postalCode: 'Die Postleitzahl hat 5 Ziffern.',
      email: 'Ungültige E-Mail-Adresse.',
      signatoryName: 'Bitte geben Sie den Namen für die Unterschrift an.',
    });
  });

  it('codes form: a whole number within the API’s bounds', () => {
    expect(ZCodesForm.parse({ count: ' 250 ' })).toEqual({ count: 250 });
    expect(messages(ZCodesForm.safeParse({ count: 'zehn' }))).toEqual({
      count: 'Bitte eine Anzahl zwischen 1 und 100.000 eingeben.',
    });
    expect(messages(ZCodesForm.safeParse({ count: '0' }))).toEqual({ count: 'Mindestens 1 Code.' });
    expect(messages(ZCodesForm.safeParse({ count: '100001' }))).toEqual({
      count: 'Höchstens 100.000 Codes auf einmal.',
    });
  });
});
