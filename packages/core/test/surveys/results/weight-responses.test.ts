import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../../src/surveys/export/response-types.ts';
import { resolveCodebook } from '../../../src/surveys/questionnaire/resolve-codebook.ts';
import { computeResults } from '../../../src/surveys/results/compute-results.ts';
import { weightResponses } from '../../../src/surveys/results/weight-responses.ts';
import { fixtureMargins, fixtureWave } from './fixtures/write-fixture.ts';

const wave = fixtureWave();
const codebook = resolveCodebook({ locale: 'de', ...wave.config });
const margins = fixtureMargins(wave);
const responses = wave.responses;

describe('weighting: messages when the margins cannot be used', () => {
  it('is unweighted, with a message, without margins', () => {
    const w = weightResponses(responses, codebook, []);
    expect(w.summary).toMatchObject({ status: 'no-margins', applied: false, analysed: responses.length });
    expect(w.summary.message).toMatch(/keine Randverteilungen/);
    expect(w.design!.n).toBe(responses.length);
    expect([...w.design!.weights].every((x) => x === 1)).toBe(true);
  });

  it('is unweighted on request, and still compares sample and population', () => {
    const w = weightResponses(responses, codebook, margins, 'none');
    expect(w.summary.status).toBe('unweighted-requested');
    expect(w.summary.comparison).toHaveLength(2);
    expect(w.summary.comparison[0]!.levels[0]!.weightedShare).toBeNull();
  });

  it('refuses an unknown variable or level, naming it', () => {
    const unknown = weightResponses(responses, codebook, [
      ...margins,
      { variable: 'SD_BERUF', level: '1', count: 5 },
    ]);
    expect(unknown.summary.status).toBe('invalid-margins');
    expect(unknown.summary.message).toMatch(/SD_BERUF/);
    const level = weightResponses(responses, codebook, [
      ...margins.filter((m) => m.variable !== 'SD_ORTSTEIL'),
      { variable: 'SD_ORTSTEIL', level: '9', count: 21_500 },
    ]);
    expect(level.summary.status).toBe('invalid-margins');
    expect(level.summary.message).toMatch(/„9“/);
  });

  it('scales totals that differ by up to 5 % (with a warning) and refuses larger differences', () => {
    const bump = (factor: number) =>
      margins.map((m) => (m.variable === 'SD_ORTSTEIL' ? { ...m, count: Math.round(m.count * factor) } : m));
    const small = weightResponses(responses, codebook, bump(1.02));
    expect(small.summary.status).toBe('raked');
    expect(small.summary.warnings[0]).toMatch(/skaliert/);
    const sum = small.design!.weights.reduce((s, x) => s + x, 0);
    expect(sum).toBeCloseTo(21_500, 6);
    const large = weightResponses(responses, codebook, bump(1.1));
    expect(large.summary.status).toBe('invalid-margins');
    expect(large.summary.message).toMatch(/passen nicht zusammen/);
  });

  it('refuses a population cell without respondents, naming it', () => {
    const without = responses.filter((r) => !(r.values.SD_ALTER === 1 && r.values.SD_GESCHLECHT === 2));
    const w = weightResponses(without, codebook, margins);
    expect(w.summary.status).toBe('invalid-margins');
    expect(w.summary.message).toContain('16 bis 24 Jahre × Weiblich');
    expect(w.summary.analysed).toBe(without.length);
  });

  it('leaves out (and counts) responses whose weighting characteristics are missing or not in the margins', () => {
    const w = weightResponses(responses, codebook, margins);
    const missing = responses.filter(
      (r) =>
        !(typeof r.values.SD_ALTER === 'number' && r.values.SD_ALTER > 0) ||
        !(r.values.SD_GESCHLECHT === 1 || r.values.SD_GESCHLECHT === 2) ||
        !(typeof r.values.SD_ORTSTEIL === 'number' && r.values.SD_ORTSTEIL > 0),
    ).length;
    expect(w.summary.excluded).toBe(missing);
    expect(w.summary.analysed + w.summary.excluded).toBe(responses.length);
    expect(w.summary.excludedBy.reduce((s, e) => s + e.count, 0)).toBe(missing);
    // After raking the weighted shares equal the population shares.
    for (const variable of w.summary.comparison)
      for (const level of variable.levels) expect(level.weightedShare!).toBeCloseTo(level.populationShare, 8);
    expect(w.summary.kish!.effect).toBeGreaterThan(1);
    expect(w.summary.weightRange!.min).toBeLessThan(1);
  });
});

describe('results: tables, means, breakdowns and small cells', () => {
  const results = computeResults({ codebook, responses, margins });

  it('shows valid percentages without "Weiß nicht", which is shown apart', () => {
    const wg02 = results.items.find((i) => i.code === 'WG02')!;
    const sum = wg02.categories.reduce((s, c) => s + c.share.estimate!, 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(wg02.categories.map((c) => c.code)).toEqual([1, 2, 3, 4, 5]);
    expect(wg02.nonSubstantive.map((c) => c.label)).toEqual(['Weiß nicht / keine Angabe']);
    expect(wg02.valid + wg02.nonSubstantive[0]!.count).toBe(wg02.answered);
    expect(wg02.answered + wg02.noAnswer).toBe(results.weighting.analysed);
    expect(wg02.scale).toBe(true);
    expect(wg02.mean!.estimate).toBeGreaterThan(1);
    expect(wg02.mean!.n).toBe(wg02.valid);
  });

  it('gives multiple-choice shares among those who answered, not summing to 100 %', () => {
    const mas = results.items.find((i) => i.code === 'MAS_WAHL')!;
    expect(mas.type).toBe('multi');
    expect(mas.mean).toBeNull();
    expect(mas.categories.reduce((s, c) => s + c.share.estimate!, 0)).toBeGreaterThan(1.2);
    expect(mas.categories.every((c) => c.share.n === mas.valid)).toBe(true);
  });

  it('brackets results on fewer than minN and withholds those below suppressBelow', () => {
    const pol = results.items.find((i) => i.code === 'VIK_03_POL')!;
    expect(pol.valid).toBeLessThan(10);
    expect(pol.categories[0]!.share).toMatchObject({ small: true, suppressed: true, estimate: null });
    const vik = results.items.find((i) => i.code === 'VIK_01_POL')!;
    expect(vik.valid).toBeGreaterThanOrEqual(10);
    expect(vik.valid).toBeLessThan(30);
    expect(vik.categories[0]!.share.small).toBe(true);
    expect(vik.categories[0]!.share.suppressed).toBe(false);
    expect(vik.categories[0]!.share.estimate).not.toBeNull();
    const strict = computeResults({
      codebook,
      responses,
      margins,
      options: { minN: 100, suppressBelow: 50 },
    });
    const strictVik = strict.items.find((i) => i.code === 'VIK_01_POL')!;
    expect(strictVik.categories[0]!.share.estimate).toBeNull();
  });

  it('breaks down by district as domains; respondents without a district are in no column', () => {
    const by = computeResults({ codebook, responses, margins, options: { by: 'SD_ORTSTEIL' } });
    expect(by.by!.levels.map((l) => l.label)).toEqual(wave.config.districts);
    const sf = by.items.find((i) => i.code === 'SF01')!;
    expect(sf.domains).toHaveLength(5);
    const bahnhof = sf.domains!.find((d) => d.label === 'Am Bahnhof')!;
    const heide = sf.domains!.find((d) => d.label === 'Ortsteil Heide')!;
    expect(bahnhof.mean!.estimate!).toBeGreaterThan(heide.mean!.estimate!);
    expect(sf.domains!.reduce((s, d) => s + d.valid, 0)).toBe(sf.valid);
    expect(by.items.find((i) => i.code === 'SD_ORTSTEIL')!.domains).toBeUndefined();
  });

  it('refuses an unknown breakdown variable', () => {
    expect(() => computeResults({ codebook, responses, margins, options: { by: 'ANG_TEXT' } })).toThrow(
      /aufgegliedert/,
    );
  });

  it('says so when there are fewer than two responses', () => {
    const one: SurveyResponse[] = responses.slice(0, 1);
    const r = computeResults({ codebook, responses: one, margins });
    expect(r.weighting.status).toBe('too-few-responses');
    expect(r.items).toEqual([]);
  });
});
