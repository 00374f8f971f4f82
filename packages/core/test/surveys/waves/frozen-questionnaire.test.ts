import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';
import {
  asFrozen,
  buildFrozenQuestionnaire,
  frozenVersion,
  questionnaireLocale,
} from '../../../src/surveys/waves/frozen-questionnaire.ts';

const CONFIG = { districts: ['Altstadt'], localPlaces: ['Markt'], enabledOptionalBlocks: ['ANG'] };

describe('frozen questionnaire of a wave', () => {
  it('holds the codebook and the SurveyJS JSON in every shipped locale, with a stable version hash', () => {
    const frozen = buildFrozenQuestionnaire(CONFIG, 'Großenhain, Stadt');
    expect(Object.keys(frozen.locales)).toEqual(['de', 'en']);
    expect(frozen.municipalityName).toBe('Großenhain');
    expect(frozen.codebook).toBe(frozen.locales.de!.codebook);
    expect(frozen.locales.de!.survey.title).toContain('Großenhain');
    const codes = (l: string) => frozen.locales[l]!.codebook.items.map((i) => i.code);
    expect(codes('en')).toEqual(codes('de'));
    expect(codes('de')).toContain('ANG_ORTE');
    expect(codes('de')).not.toContain('KOG_01');
    const again = buildFrozenQuestionnaire(CONFIG, 'Großenhain, Stadt');
    expect(frozenVersion(again)).toBe(frozenVersion(frozen));
    expect(
      frozenVersion(buildFrozenQuestionnaire({ ...CONFIG, localPlaces: ['Park'] }, 'Großenhain, Stadt')),
    ).not.toBe(frozenVersion(frozen));
  });

  it('falls back to the default locale and reads a wave stored with a bare codebook', () => {
    const frozen = buildFrozenQuestionnaire(CONFIG, 'Musterstadt');
    expect(questionnaireLocale(frozen, 'fr').locale).toBe('de');
    expect(questionnaireLocale(frozen, 'en').locale).toBe('en');
    const bare = resolveCodebook({ ...CONFIG, locale: 'de', municipalityName: 'Musterstadt' });
    const wrapped = asFrozen(bare, CONFIG, 'Musterstadt');
    expect(wrapped.codebook).toBe(bare);
    expect(wrapped.locales.de!.survey.pages.map((p) => p.name)).toEqual(bare.pages.map((p) => p.id));
    expect(asFrozen(frozen, CONFIG, 'x')).toBe(frozen);
  });
});
