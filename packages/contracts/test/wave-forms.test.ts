import { describe, expect, it } from 'vitest';
import { fieldPeriodProblem, ZQuestionnaireForm, ZWaveCreateForm, ZWaveSettingsForm } from '../src/index.ts';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('wave forms share the API’s rules', () => {
  it('field period: the end may not lie before the start; open ends are fine', () => {
    expect(fieldPeriodProblem('2026-03-01', '2026-02-28')).toBe(
      'Das Ende der Feldphase liegt vor ihrem Beginn.',
    );
    expect(fieldPeriodProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(fieldPeriodProblem('', '2026-03-01')).toBeNull();
    expect(fieldPeriodProblem(null, undefined)).toBeNull();
  });

  it('settings form: sample size as text, within the API’s bounds', () => {
    const base = { title: 'Befragung', fieldStart: '', fieldEnd: '' };
    expect(ZWaveSettingsForm.safeParse({ ...base, sampleSize: '' }).success).toBe(true);
    expect(messages(ZWaveSettingsForm.safeParse({ ...base, sampleSize: '0' }))).toEqual({
      sampleSize: 'Die Stichprobengröße muss zwischen 1 und 100.000 liegen.',
    });
    expect(messages(ZWaveSettingsForm.safeParse({ ...base, sampleSize: '1,5' }))).toEqual({
      sampleSize: 'Die Stichprobengröße muss eine ganze Zahl sein.',
    });
  });

  it('questionnaire form: one name per line, trimmed, empty lines dropped, duplicates refused', () => {
    const ok = ZQuestionnaireForm.parse({
      districts: ' Nord \n\nSüd\r\n',
      localPlaces: '',
      enabledOptionalBlocks: [],
    });
    expect(ok.districts).toEqual(['Nord', 'Süd']);
    expect(ok.localPlaces).toEqual([]);
    expect(
      messages(
        ZQuestionnaireForm.safeParse({ districts: 'Nord\nnord', localPlaces: '', enabledOptionalBlocks: [] }),
      ),
    ).toEqual({ districts: 'Ortsteile dürfen nicht doppelt vorkommen.' });
    const tooMany = Array.from({ length: 31 }, (_, i) => `Ort ${i}`).join('\n');
    expect(
      messages(
        ZQuestionnaireForm.safeParse({ districts: '', localPlaces: tooMany, enabledOptionalBlocks: [] }),
      ),
    ).toEqual({ localPlaces: 'Höchstens 30 Orte möglich.' });
  });

  it('create form: municipality required, period checked, lists parsed', () => {
    const form = {
      ags: '',
      title: 'Befragung',
      fieldStart: '2026-05-01',
      fieldEnd: '2026-04-01',
      sampleSize: '1000',
      districts: 'A\nB',
      localPlaces: '',
      enabledOptionalBlocks: [],
    };
    expect(messages(ZWaveCreateForm.safeParse(form))).toEqual({
      ags: 'Bitte wählen Sie die Kommune.',
      fieldEnd: 'Das Ende der Feldphase liegt vor ihrem Beginn.',
    });
    const parsed = ZWaveCreateForm.parse({ ...form, ags: '14627060', fieldEnd: '2026-06-05' });
    expect(parsed.districts).toEqual(['A', 'B']);
  });
});
