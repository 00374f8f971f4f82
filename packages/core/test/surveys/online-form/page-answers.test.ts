import { describe, expect, it } from 'vitest';
import { formTextKeys, formTexts } from '../../../src/surveys/online-form/form-texts.ts';
import {
  pageQuestions,
  readPageFields,
  visiblePages,
} from '../../../src/surveys/online-form/page-answers.ts';
import { availableLocales, getTranslations } from '../../../src/surveys/questionnaire/load-translations.ts';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';
import { DEFAULT_OPTIONAL_BLOCKS } from '../../../src/surveys/questionnaire/standard-codebook.ts';

const codebook = resolveCodebook({
  locale: 'de',
  districts: ['Altstadt', 'Nordviertel'],
  localPlaces: ['Bahnhof', 'Stadtpark'],
  enabledOptionalBlocks: DEFAULT_OPTIONAL_BLOCKS,
});
const de = formTexts('de');
const pageOf = (id: string) => codebook.pages.findIndex((p) => p.id === id);

describe('form texts', () => {
  it('every language has every frame text, with the same placeholders', () => {
    const keys = formTextKeys();
    expect(keys.length).toBeGreaterThan(40);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of availableLocales()) {
      const texts = getTranslations(locale);
      for (const key of keys) {
        expect(texts[key], `${locale}: ${key}`).toBeTypeOf('string');
        expect(placeholders(texts[key]!), `${locale}: ${key}`).toEqual(
          placeholders(getTranslations('de')[key]!),
        );
      }
    }
  });

  it('fills placeholders and falls back to German for an unknown language', () => {
    expect(formTexts('en').t('form.progress', { page: 2, pages: 9 })).toBe('Page 2 of 9');
    expect(formTexts('xx').t('form.next')).toBe('Weiter');
  });
});

describe('pages of the online form', () => {
  it('shows a matrix as one question with its rows, one topic per page', () => {
    const questions = pageQuestions(codebook, pageOf('INC'), {});
    expect(questions).toHaveLength(1);
    expect(questions[0]?.kind).toBe('group');
    expect(questions[0]?.kind === 'group' && questions[0].rows.length).toBeGreaterThan(3);
  });

  it('asks about reporting only for offences answered "yes" on the page before', () => {
    const reporting = pageOf('VIK_POL');
    expect(visiblePages(codebook, {})).not.toContain(reporting);
    const data = { VIK: { VIK_01: 1, VIK_02: 2 } };
    expect(visiblePages(codebook, data)).toContain(reporting);
    const [matrix] = pageQuestions(codebook, reporting, data);
    expect(matrix?.kind === 'group' && matrix.rows.map((r) => r.code)).toEqual(['VIK_01_POL']);
  });

  it('reads posted fields into the services’ shape, keeping other pages and withdrawing blanks', () => {
    const saved = { WG01: 3, INC: { INC_01: 1 } };
    const { data, errors } = readPageFields(codebook, pageOf('INC'), saved, { INC_02: '2', INC_03: '' }, de);
    expect(errors).toEqual({});
    expect(data).toEqual({ WG01: 3, INC: { INC_02: 2 } });
    const blank = readPageFields(codebook, pageOf('WG'), saved, {}, de);
    expect(blank.data).toEqual({ INC: { INC_01: 1 } });
  });

  it('names the question for an exclusive answer with others, too many choices, a long text, a forged value', () => {
    const ang = pageOf('ANG');
    const conflict = readPageFields(codebook, ang, {}, { ANG_ORTE: ['1', '0'] }, de);
    expect(conflict.errors.ANG_ORTE).toContain(
      '„Nein, solche Orte gibt es für mich nicht“ kann nicht zusammen',
    );
    expect(conflict.data.ANG_ORTE).toEqual([1, 0]); // shown again as chosen
    const long = readPageFields(codebook, ang, {}, { ANG_TEXT: 'x'.repeat(2001) }, de);
    expect(long.errors.ANG_TEXT).toBe('Kürzen Sie Ihren Text auf höchstens 2000 Zeichen (jetzt: 2001).');
    expect(long.data.ANG_TEXT).toHaveLength(2001);
    const many = readPageFields(
      codebook,
      pageOf('MAS'),
      {},
      { MAS_WAHL: ['1', '2', '3', '4'] },
      formTexts('en'),
    );
    expect(many.errors.MAS_WAHL).toBe('Choose at most 3 answers (chosen: 4).');
    const forged = readPageFields(codebook, pageOf('WG'), {}, { WG01: '99' }, de);
    expect(forged.errors.WG01).toBe('Wählen Sie eine der angebotenen Antworten.');
    expect(forged.data.WG01).toBeUndefined();
  });
});
