import { describe, expect, it } from 'vitest';
import { buildSurveyJson } from '../../src/surveys/questionnaire/build-survey-json.ts';
import { questionnaireVersionHash } from '../../src/surveys/questionnaire/questionnaire-version-hash.ts';
import { DEFAULT_OPTIONAL_BLOCKS } from '../../src/surveys/questionnaire/standard-codebook.ts';

const config = {
  locale: 'de',
  districts: ['Altstadt', 'Nordviertel'],
  localPlaces: ['Bahnhofsvorplatz', 'Stadtpark'],
  enabledOptionalBlocks: DEFAULT_OPTIONAL_BLOCKS,
  municipalityName: 'Musterstadt',
};

// survey-core is a dependency of apps/web; the model test runs when it is installed (it is in this workspace).
const surveyCore = await import('survey-core').catch(() => undefined);

describe('buildSurveyJson', () => {
  const json = buildSurveyJson(config);

  it('has one page per topic, in codebook order, with German texts', () => {
    expect(json.pages.map((p) => p.name)).toEqual([
      'WG',
      'INC',
      'SF',
      'ORT',
      'AFF',
      'KOG',
      'KON',
      'VIK',
      'VIK_POL',
      'VER',
      'ANG',
      'MAS',
      'SD',
    ]);
    expect(json.locale).toBe('de');
    expect(json.title).toBe('Bürgerbefragung zur Sicherheit in Musterstadt');
    const sf = json.pages.find((p) => p.name === 'SF')?.elements[0];
    expect(sf).toMatchObject({ type: 'radiogroup', name: 'SF01' });
  });

  it('fills in districts and local places, with "Weiß nicht / keine Angabe" and exclusive "none"', () => {
    const sd = json.pages.find((p) => p.name === 'SD')!;
    const district = sd.elements.find((e) => e.name === 'SD_ORTSTEIL');
    expect(district).toMatchObject({
      type: 'dropdown',
      choices: [
        { value: 1, text: 'Altstadt' },
        { value: 2, text: 'Nordviertel' },
        { value: -1, text: 'Weiß ich nicht / keine Angabe' },
      ],
    });
    const places = json.pages.find((p) => p.name === 'ANG')!.elements[0];
    expect(places).toMatchObject({ type: 'checkbox', name: 'ANG_ORTE' });
    expect(places?.type === 'checkbox' ? places.choices.at(-1) : undefined).toEqual({
      value: 0,
      text: 'Nein, solche Orte gibt es für mich nicht',
      isExclusive: true,
    });
  });

  it('switches optional blocks off and drops the district question without districts', () => {
    const small = buildSurveyJson({ ...config, districts: [], enabledOptionalBlocks: [] });
    expect(small.pages.map((p) => p.name)).toEqual(['WG', 'SF', 'ORT', 'AFF', 'VIK', 'VIK_POL', 'VER', 'SD']);
    expect(small.pages.at(-1)?.elements.map((e) => e.name)).toEqual(['SD_ALTER', 'SD_GESCHLECHT']);
  });

  it('translates into English from en.json', () => {
    const en = buildSurveyJson({ ...config, locale: 'en' });
    expect(en.locale).toBe('en');
    expect(en.pages[0]?.title).toBe('Your neighbourhood');
  });

  it('refuses unknown blocks, locales and duplicate districts with German messages', () => {
    expect(() => buildSurveyJson({ ...config, enabledOptionalBlocks: ['XYZ'] })).toThrow(
      /Unbekannter optionaler Block „XYZ“/,
    );
    expect(() => buildSurveyJson({ ...config, locale: 'fr' })).toThrow(/Sprache „fr“ ist nicht verfügbar/);
    expect(() => buildSurveyJson({ ...config, districts: ['A', 'a'] })).toThrow(/districts/);
  });

  it('escapes the completion text, which SurveyJS renders as HTML', () => {
    expect(json.completedHtml.startsWith('<p>')).toBe(true);
    expect(json.completedHtml).not.toMatch(/<script/);
  });

  it.runIf(surveyCore)(
    'loads in survey-core without JSON errors; the police follow-up appears only after "Ja"',
    () => {
      const model = new surveyCore!.Model(json);
      expect(model.jsonErrors).toBeNull();
      expect(model.visiblePages.map((p) => p.name)).not.toContain('VIK_POL');
      model.setValue('VIK', { VIK_02: 1, VIK_03: 2 });
      expect(model.visiblePages.map((p) => p.name)).toContain('VIK_POL');
      const pol = model.getQuestionByName('VIK_POL') as unknown as { visibleRows: { name: string }[] };
      expect(pol.visibleRows.map((r) => r.name)).toEqual(['VIK_02_POL']);
    },
  );
});

describe('questionnaireVersionHash', () => {
  it('is stable under key order and changes with content', () => {
    const a = questionnaireVersionHash({ x: 1, y: [1, 2, { b: 1, a: 2 }] });
    const b = questionnaireVersionHash({ y: [1, 2, { a: 2, b: 1 }], x: 1 });
    expect(a).toBe(b);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(questionnaireVersionHash({ x: 2, y: [1, 2, { a: 2, b: 1 }] })).not.toBe(a);
  });

  it('differs between municipalities and locales of the same questionnaire', () => {
    const de = questionnaireVersionHash(buildSurveyJson(config));
    expect(questionnaireVersionHash(buildSurveyJson(config))).toBe(de);
    expect(questionnaireVersionHash(buildSurveyJson({ ...config, locale: 'en' }))).not.toBe(de);
  });
});
