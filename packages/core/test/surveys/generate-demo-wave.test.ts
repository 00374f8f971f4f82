import { describe, expect, it } from 'vitest';
import { surveyDataFromValues } from '../../src/surveys/answers/survey-data-from-values.ts';
import { validateAnswers } from '../../src/surveys/answers/validate-answers.ts';
import { maskPersonalData } from '../../src/surveys/privacy/mask-personal-data.ts';
import { resolveCodebook } from '../../src/surveys/questionnaire/resolve-codebook.ts';
import { generateDemoWave } from '../../src/surveys/synthetic/generate-demo-wave.ts';

const wave = generateDemoWave();
const codebook = resolveCodebook({ locale: 'de', ...wave.config });

/** Share of respondents with SF01 in {3, 4} ("ziemlich/sehr unsicher") among those matching. */
const unsafe = (filter: (v: Record<string, unknown>) => boolean) => {
  const group = wave.responses.filter((r) => filter(r.values) && typeof r.values.SF01 === 'number');
  return group.filter((r) => (r.values.SF01 as number) >= 3).length / group.length;
};

describe('generateDemoWave', () => {
  it('describes Musterstadt with consistent margins', () => {
    expect(wave.municipality).toEqual({ name: 'Musterstadt (Demodaten)', ags: '14999999' });
    expect(wave.config.districts).toEqual([
      'Altstadt',
      'Nordviertel',
      'Südvorstadt',
      'Am Bahnhof',
      'Ortsteil Heide',
    ]);
    const ageSex = wave.ageSexMargins.reduce((s, m) => s + m.population, 0);
    const district = wave.districtMargins.reduce((s, m) => s + m.population, 0);
    expect(ageSex).toBe(district);
    expect(wave.ageSexMargins).toHaveLength(14);
    expect(wave.invitedByDistrict.reduce((s, d) => s + d.invited, 0)).toBe(1000);
  });

  it('has about 450 responses of 1,000 invited, online and on paper, within the field period', () => {
    expect(wave.responses.length).toBeGreaterThan(400);
    expect(wave.responses.length).toBeLessThan(500);
    const paper = wave.responses.filter((r) => r.mode === 'papier').length;
    expect(paper).toBeGreaterThan(80);
    expect(paper).toBeLessThan(wave.responses.length / 2);
    for (const r of wave.responses) {
      expect(r.date >= wave.fieldStart && r.date <= wave.fieldEnd).toBe(true);
      expect(r.responseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(wave.responses.map((r) => r.responseId)).size).toBe(wave.responses.length);
  });

  it('produces only answers that pass the public form validation', () => {
    for (const r of wave.responses) {
      const result = validateAnswers(codebook, surveyDataFromValues(codebook, r.values as never));
      expect(result).toEqual({ ok: true, values: r.values });
    }
  });

  it('shows the known patterns: women and the elderly feel less safe, Am Bahnhof most unsafe', () => {
    const women = unsafe((v) => v.SD_GESCHLECHT === 2);
    const men = unsafe((v) => v.SD_GESCHLECHT === 1);
    expect(women).toBeGreaterThan(men + 0.08);
    expect(unsafe((v) => v.SD_ALTER === 7)).toBeGreaterThan(
      unsafe((v) => v.SD_ALTER === 1 || v.SD_ALTER === 2),
    );
    expect(unsafe((v) => v.SD_ORTSTEIL === 4)).toBeGreaterThan(unsafe((v) => v.SD_ORTSTEIL === 5));
    const all = unsafe(() => true);
    expect(all).toBeGreaterThan(0.12);
    expect(all).toBeLessThan(0.4);
    // The young answer less often: 16–34-year-olds are 20 % of the population but fewer of the respondents.
    const young = wave.responses.filter((r) => r.values.SD_ALTER === 1 || r.values.SD_ALTER === 2).length;
    expect(young / wave.responses.length).toBeLessThan(0.17);
  });

  it('includes a few free texts, some with fake contact data that masking hides', () => {
    const texts = wave.responses.flatMap((r) =>
      [r.values.ANG_TEXT, r.values.MAS_TEXT].filter((t): t is string => typeof t === 'string'),
    );
    expect(texts.length).toBeGreaterThan(10);
    const masked = texts.map(maskPersonalData);
    expect(masked.some((t) => t.includes('[Telefon]') || t.includes('[E-Mail]'))).toBe(true);
    expect(masked.join('\n')).not.toMatch(/@example\.org|23125|28817386/);
  });

  it('has answers to every item of its questionnaire (VER_POL included)', () => {
    const unanswered = codebook.items
      .filter((item) => !wave.responses.some((r) => r.values[item.code] !== undefined))
      .map((item) => item.code);
    expect(unanswered).toEqual([]);
    const trust = wave.responses.filter((r) => typeof r.values.VER_POL === 'number').length;
    expect(trust).toBeGreaterThan(wave.responses.length * 0.8);
  });

  it('is reproducible from the seed', () => {
    expect(generateDemoWave()).toEqual(wave);
    expect(generateDemoWave({ seed: 'anders' }).responses).not.toEqual(wave.responses);
  });
});
