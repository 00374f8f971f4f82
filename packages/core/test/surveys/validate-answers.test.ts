import { describe, expect, it } from 'vitest';
import { surveyDataFromValues } from '../../src/surveys/answers/survey-data-from-values.ts';
import { validateAnswers } from '../../src/surveys/answers/validate-answers.ts';
import { resolveCodebook } from '../../src/surveys/questionnaire/resolve-codebook.ts';
import { DEFAULT_OPTIONAL_BLOCKS } from '../../src/surveys/questionnaire/standard-codebook.ts';

const codebook = resolveCodebook({
  locale: 'de',
  districts: ['Altstadt', 'Nordviertel'],
  localPlaces: ['Bahnhof', 'Stadtpark'],
  enabledOptionalBlocks: DEFAULT_OPTIONAL_BLOCKS,
});

const messages = (payload: unknown, partial = false) => {
  const r = validateAnswers(codebook, payload, { partial });
  return r.ok ? [] : r.errors.map((e) => `${e.item}: ${e.message}`);
};

describe('validateAnswers', () => {
  it('accepts a SurveyJS payload and flattens matrix rows into item codes', () => {
    const result = validateAnswers(codebook, {
      SF01: 3,
      ORT: { ORT_01: 2, ORT_05: -2 },
      VIK: { VIK_01: 1, VIK_02: 2 },
      VIK_POL: { VIK_01_POL: 3 },
      ANG_ORTE: [97, 1],
      ANG_TEXT: '  Am Bahnhof nachts.\r\nZu dunkel.  ',
      SD_ORTSTEIL: -1,
    });
    expect(result).toEqual({
      ok: true,
      values: {
        SF01: 3,
        ORT_01: 2,
        ORT_05: -2,
        VIK_01: 1,
        VIK_02: 2,
        VIK_01_POL: 3,
        ANG_ORTE: [1, 97],
        ANG_TEXT: 'Am Bahnhof nachts.\nZu dunkel.',
        SD_ORTSTEIL: -1,
      },
    });
  });

  it('round-trips through surveyDataFromValues (resume with the same code)', () => {
    const payload = { WG01: 2, INC: { INC_01: 1, INC_09: 4 }, MAS_WAHL: [1, 4], MAS_TEXT: 'Mehr Licht' };
    const result = validateAnswers(codebook, payload);
    expect(result.ok).toBe(true);
    if (result.ok) expect(surveyDataFromValues(codebook, result.values)).toEqual(payload);
  });

  it('refuses unknown items, also inside a matrix and prototype keys', () => {
    expect(messages({ SF01: 1, XYZ: 1 })).toEqual(['XYZ: Unbekannte Frage „XYZ“.']);
    expect(messages({ ORT: { ORT_99: 1 } })).toEqual(['ORT_99: Unbekannte Frage „ORT_99“ in „ORT“.']);
    expect(messages(JSON.parse('{"__proto__": {"SF01": 1}}'))).toEqual([
      '__proto__: Unbekannte Frage „__proto__“.',
    ]);
    // Matrix rows cannot be sent flat, and a matrix item's code is not a top-level question.
    expect(messages({ ORT_01: 1 })).toEqual(['ORT_01: Unbekannte Frage „ORT_01“.']);
  });

  it('refuses items of switched-off blocks', () => {
    const small = resolveCodebook({
      locale: 'de',
      districts: [],
      localPlaces: [],
      enabledOptionalBlocks: [],
    });
    const r = validateAnswers(small, { KOG: { KOG_01: 1 }, SD_ORTSTEIL: 1 });
    expect(r.ok ? [] : r.errors.map((e) => e.item)).toEqual(['KOG', 'SD_ORTSTEIL']);
  });

  it('refuses out-of-range values and wrong types', () => {
    expect(messages({ SF01: 7 })).toEqual(['SF01: Ungültiger Wert 7 für „SF01“ (erlaubt: 1, 2, 3, 4).']);
    expect(messages({ SF01: '2' })).toEqual(['SF01: Die Antwort auf „SF01“ muss eine ganze Zahl sein.']);
    expect(messages({ SF01: 1.5 })).toEqual(['SF01: Die Antwort auf „SF01“ muss eine ganze Zahl sein.']);
    expect(messages({ SD_ORTSTEIL: 3 })).toEqual([
      'SD_ORTSTEIL: Ungültiger Wert 3 für „SD_ORTSTEIL“ (erlaubt: 1, 2, -1).',
    ]);
    expect(messages({ ANG_ORTE: 1 })).toEqual([
      'ANG_ORTE: Die Antwort auf „ANG_ORTE“ muss eine Liste von Zahlen sein.',
    ]);
    expect(messages({ ANG_TEXT: 5 })).toEqual(['ANG_TEXT: Die Antwort auf „ANG_TEXT“ muss ein Text sein.']);
  });

  it('checks checkbox rules: duplicates, exclusive "none", at most three measures', () => {
    expect(messages({ ANG_ORTE: [1, 1] })).toEqual([
      'ANG_ORTE: Der Wert 1 ist bei „ANG_ORTE“ doppelt angegeben.',
    ]);
    expect(messages({ ANG_ORTE: [0, 1] })).toEqual([
      'ANG_ORTE: „Nein, solche Orte gibt es für mich nicht“ kann bei „ANG_ORTE“ nicht mit anderen Antworten gewählt werden.',
    ]);
    expect(messages({ MAS_WAHL: [1, 2, 3, 4] })).toEqual([
      'MAS_WAHL: Bei „MAS_WAHL“ sind höchstens 3 Antworten möglich.',
    ]);
  });

  it('limits free text to 2,000 characters and refuses control characters', () => {
    expect(messages({ MAS_TEXT: 'x'.repeat(2000) })).toEqual([]);
    expect(messages({ MAS_TEXT: 'x'.repeat(2001) })).toEqual([
      'MAS_TEXT: Der Text bei „MAS_TEXT“ ist zu lang (höchstens 2.000 Zeichen).',
    ]);
    // Emoji count as one character each (code points).
    expect(messages({ MAS_TEXT: '😀'.repeat(2000) })).toEqual([]);
    expect(messages({ MAS_TEXT: 'a\u0000b' })).toEqual([
      'MAS_TEXT: Der Text bei „MAS_TEXT“ enthält unzulässige Steuerzeichen.',
    ]);
    expect(messages({ MAS_TEXT: 'a\u001bb' })).toHaveLength(1);
    expect(messages({ MAS_TEXT: 'a\ud800b' })).toHaveLength(1);
    expect(messages({ MAS_TEXT: 'Zeile 1\n\tZeile 2' })).toEqual([]);
  });

  it('keeps HTML and script as plain text (escaping is the job of every output)', () => {
    const r = validateAnswers(codebook, { MAS_TEXT: '<script>alert(1)</script> & <b>fett</b>' });
    expect(r).toEqual({ ok: true, values: { MAS_TEXT: '<script>alert(1)</script> & <b>fett</b>' } });
  });

  it('refuses nested junk and oversized payloads', () => {
    expect(messages(null)).toEqual([': Die Antworten müssen als Objekt übermittelt werden.']);
    expect(messages([1, 2])).toEqual([': Die Antworten müssen als Objekt übermittelt werden.']);
    expect(messages({ SF01: { a: { b: 1 } } })).toEqual([
      'SF01: Die Antwort auf „SF01“ muss eine ganze Zahl sein.',
    ]);
    expect(messages({ ORT: [1, 2] })).toEqual(['ORT: Die Antworten auf „ORT“ müssen ein Objekt sein.']);
    expect(messages({ ORT: { ORT_01: [1] } })).toEqual([
      'ORT_01: Die Antwort auf „ORT_01“ muss eine ganze Zahl sein.',
    ]);
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`K${i}`, 1]));
    expect(messages(many)).toEqual([': Zu viele Angaben: 500 Felder, höchstens 20 erwartet.']);
    const wideMatrix = { ORT: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`R${i}`, 1])) };
    expect(messages(wideMatrix)).toEqual(['ORT: Zu viele Angaben bei „ORT“.']);
  });

  it('caps the number of errors', () => {
    const bad = Object.fromEntries(codebook.items.filter((i) => !i.group).map((i) => [i.code, true]));
    const r = validateAnswers(codebook, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBeLessThanOrEqual(50);
  });

  it('drops answers to hidden follow-ups on submit but keeps them in a partial save', () => {
    const payload = { VIK: { VIK_01: 2 }, VIK_POL: { VIK_01_POL: 1 } };
    expect(validateAnswers(codebook, payload)).toEqual({ ok: true, values: { VIK_01: 2 } });
    expect(validateAnswers(codebook, payload, { partial: true })).toEqual({
      ok: true,
      values: { VIK_01: 2, VIK_01_POL: 1 },
    });
  });

  it('treats null, empty lists and blank texts as unanswered; an empty submission is refused', () => {
    expect(messages({ SF01: null, ANG_ORTE: [], MAS_TEXT: '   ' })).toEqual([
      ': Es wurde keine Frage beantwortet.',
    ]);
    expect(validateAnswers(codebook, {}, { partial: true })).toEqual({ ok: true, values: {} });
  });
});
