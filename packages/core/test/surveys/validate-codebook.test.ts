import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../src/surveys/questionnaire/codebook-types.ts';
import { availableLocales, loadTranslations } from '../../src/surveys/questionnaire/load-translations.ts';
import { STANDARD_CODEBOOK } from '../../src/surveys/questionnaire/standard-codebook.ts';
import { requiredTextKeys } from '../../src/surveys/questionnaire/text-keys.ts';
import { validateCodebook } from '../../src/surveys/questionnaire/validate-codebook.ts';

describe('standard codebook', () => {
  it('is consistent and fully translated in every shipped language', () => {
    expect(validateCodebook(STANDARD_CODEBOOK, loadTranslations())).toEqual([]);
  });

  it('ships German and English', () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it('covers every block of issue 5 with the item codes the other modules rely on', () => {
    const codes = STANDARD_CODEBOOK.items.map((i) => i.code);
    for (const code of ['WG01', 'SF01', 'VER_POL', 'VER_OA', 'SD_ALTER', 'SD_GESCHLECHT', 'SD_ORTSTEIL']) {
      expect(codes).toContain(code);
    }
    for (const prefix of ['ORT_', 'AFF_', 'KOG_', 'KON_', 'VIK_', 'INC_', 'ANG_', 'MAS_']) {
      expect(codes.some((c) => c.startsWith(prefix))).toBe(true);
    }
    // Every victimisation item has its reported-to-police follow-up.
    const vik = codes.filter((c) => /^VIK_\d\d$/.test(c));
    expect(vik.length).toBeGreaterThanOrEqual(5);
    for (const v of vik) expect(codes).toContain(`${v}_POL`);
  });

  it('offers "Weiß nicht / keine Angabe" as a negative missing code where used', () => {
    const zufrieden = STANDARD_CODEBOOK.valueSets.find((s) => s.id === 'zufrieden5');
    expect(zufrieden && 'values' in zufrieden ? zufrieden.values.at(-1) : undefined).toEqual({
      code: -1,
      key: 'weiss_nicht',
      missing: true,
    });
  });
});

describe('validateCodebook finds problems', () => {
  const translations = loadTranslations();

  it('duplicate codes, unknown value sets and bad conditions', () => {
    const broken: Codebook = {
      ...STANDARD_CODEBOOK,
      items: [
        ...STANDARD_CODEBOOK.items,
        { code: 'SF01', block: 'SF', type: 'single', valueSet: 'sicher4', source: 'x' },
        { code: 'X1', block: 'SF', type: 'single', valueSet: 'gibtsnicht', source: 'x' },
        {
          code: 'X2',
          block: 'SD',
          type: 'single',
          valueSet: 'ja_nein',
          showIf: { item: 'ZZ', equals: 1 },
          source: 'x',
        },
      ],
    };
    const problems = validateCodebook(broken, translations);
    expect(problems).toContain('Variablenname „SF01“ kommt mehrfach vor');
    expect(problems).toContain('Variable „X1“: Wertemenge „gibtsnicht“ fehlt');
    expect(problems).toContain('Variable „X2“: Bedingung muss auf eine frühere Einfachauswahl verweisen');
  });

  it('missing and unused translations', () => {
    const de = { ...translations.get('de') };
    delete de['item.SF01'];
    de['item.GIBTSNICHT'] = 'x';
    const problems = validateCodebook(STANDARD_CODEBOOK, new Map([['de', de]]));
    expect(problems).toEqual([
      'de: Text „item.SF01“ fehlt',
      'de: Text „item.GIBTSNICHT“ wird nicht verwendet',
    ]);
  });

  it('lists each required key once', () => {
    const keys = requiredTextKeys(STANDARD_CODEBOOK);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('value.weiss_nicht');
  });
});
