// PKS analysis against R's poisson.test (fixtures/pks-expected.json from fixtures/make-pks-expected.R),
// and the German wording: notable changes versus "im Rahmen zufälliger Schwankung".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSeries, type YearFacts } from '../../src/pks/analysis/build-profile';
import {
  compareIndependent,
  compareWithContaining,
  hzWithCi,
  isNotable,
  type RateRatioEstimate,
} from '../../src/pks/analysis/rates';
import { breaksBetween, breaksInSeries } from '../../src/pks/analysis/series-breaks';
import { describeChange, describeComparison, districtPhrases } from '../../src/pks/analysis/wording';

interface RR {
  rate_ratio: number;
  ci_low: number;
  ci_high: number;
  p_value: number;
}
interface Independent extends RR {
  x1: number;
  t1: number;
  x2: number;
  t2: number;
}
interface Contained extends RR {
  x: number;
  t: number;
  X: number;
  T: number;
}
interface Hz {
  x: number;
  t: number;
  hz: number;
  ci_low: number;
  ci_high: number;
}
const R = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'pks-expected.json'), 'utf8'),
) as {
  hz: Hz[];
  independent: Independent[];
  contained: Contained[];
  series: {
    years: number[];
    town_cases: number[];
    town_pop: number[];
    district_cases: number[];
    district_pop: number[];
    saxony_cases: (number | null)[];
    saxony_pop: (number | null)[];
    points: {
      year: number;
      hz: Hz;
      vs_previous?: Independent;
      vs_five?: Independent;
      vs_district: Contained;
      vs_saxony?: Independent;
    }[];
  };
};

const TOL = 1e-6;

function close(actual: number | null | undefined, expected: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).not.toBeUndefined();
  const a = actual as number;
  // Relative 1e-6; p-values below 1e-12 (R prints 1e-323 where we get 2e-323) are compared absolutely.
  if (Math.abs(expected) < 1e-12) expect(Math.abs(a - expected), what).toBeLessThan(1e-12);
  else
    expect(Math.abs(a - expected) / Math.abs(expected), `${what}: ${a} vs R ${expected}`).toBeLessThan(TOL);
}

function closeRR(actual: RateRatioEstimate | null, expected: RR, what: string): void {
  expect(actual, what).not.toBeNull();
  close(actual!.rateRatio, expected.rate_ratio, `${what} rate ratio`);
  close(actual!.ciLow, expected.ci_low, `${what} ci low`);
  close(actual!.ciHigh, expected.ci_high, `${what} ci high`);
  close(actual!.pValue, expected.p_value, `${what} p`);
}

describe('PKS rates against R poisson.test (1e-6)', () => {
  it('HZ per 100,000 with the exact 95 % interval', () => {
    for (const c of R.hz) {
      const h = hzWithCi(c.x, c.t);
      close(h?.hz, c.hz, `hz ${c.x}/${c.t}`);
      close(h?.ciLow, c.ci_low, `hz low ${c.x}/${c.t}`);
      close(h?.ciHigh, c.ci_high, `hz high ${c.x}/${c.t}`);
    }
    expect(hzWithCi(5, null)).toBeNull();
    expect(hzWithCi(5, 0)).toBeNull();
  });

  it('rate ratios of independent counts (year on year, five-year base)', () => {
    for (const c of R.independent)
      closeRR(compareIndependent(c.x1, c.t1, c.x2, c.t2), c, `${c.x1}/${c.t1} vs ${c.x2}/${c.t2}`);
    expect(compareIndependent(0, 100, 0, 100)).toBeNull();
  });

  it('rate ratios of an area against the larger area containing it', () => {
    for (const c of R.contained)
      closeRR(compareWithContaining(c.x, c.t, c.X, c.T), c, `${c.x}/${c.t} in ${c.X}/${c.T}`);
    // A kreisfreie Stadt is its own district: no comparison.
    expect(compareWithContaining(100, 5000, 100, 5000)).toBeNull();
  });

  it('analyseSeries reproduces every figure of a full series', () => {
    const s = R.series;
    const facts = (cases: (number | null)[], pop: (number | null)[]): YearFacts[] =>
      s.years
        .map((year, i) => ({ year, cases: cases[i], population: pop[i] }))
        .filter((p): p is { year: number; cases: number; population: number } => p.cases != null)
        .map((p) => ({
          ...p,
          attempts: null,
          cleared: Math.round(p.cases * 0.6),
          suspects: null,
          populationDerived: false,
        }));
    const result = analyseSeries(
      { key: '------', label: 'Straftaten insgesamt', points: facts(s.town_cases, s.town_pop) },
      {
        district: {
          points: facts(s.district_cases, s.district_pop),
          contains: true,
          ...districtPhrases('Musterkreis', 'Landkreis'),
        },
        saxony: {
          points: facts(s.saxony_cases, s.saxony_pop),
          contains: false,
          where: 'in Sachsen',
          to: 'zu Sachsen',
        },
      },
    );
    expect(result.points.map((p) => p.year)).toEqual(s.years);
    for (const [i, e] of s.points.entries()) {
      const p = result.points[i]!;
      close(p.hz, e.hz.hz, `${e.year} hz`);
      close(p.hzCiLow, e.hz.ci_low, `${e.year} hz low`);
      close(p.hzCiHigh, e.hz.ci_high, `${e.year} hz high`);
      close(p.clearanceRate, (Math.round(p.cases * 0.6) / p.cases) * 100, `${e.year} AQ`);
      if (e.vs_previous) closeRR(p.changeVsPrevious, e.vs_previous, `${e.year} vs previous`);
      else expect(p.changeVsPrevious).toBeNull();
      if (e.vs_five) closeRR(p.changeVsFiveYearMean, e.vs_five, `${e.year} vs five`);
      else expect(p.changeVsFiveYearMean).toBeNull();
      closeRR(p.vsDistrict, e.vs_district, `${e.year} vs district`);
      if (e.vs_saxony) closeRR(p.vsSaxony, e.vs_saxony, `${e.year} vs Saxony`);
      else expect(p.vsSaxony).toBeNull();
    }
    expect(result.points.at(-1)?.changeVsFiveYearMean?.baseYears).toEqual([2017, 2018, 2019, 2020, 2021]);
  });
});

describe('change against the last earlier year present (issue 9)', () => {
  it('compares 2022 with 2020 when 2021 is missing, and says so', () => {
    const point = (year: number, cases: number) => ({
      year,
      cases,
      population: 27_000,
      attempts: null,
      cleared: null,
      suspects: null,
      populationDerived: false,
    });
    const result = analyseSeries({
      key: '------',
      label: 'Straftaten insgesamt',
      points: [point(2022, 2600), point(2020, 2000)],
    });
    const latest = result.points.at(-1)!;
    expect(latest.year).toBe(2022);
    expect(latest.changeVsPrevious?.baseYears).toEqual([2020]);
    expect(latest.changeVsPrevious?.rateRatio).toBeCloseTo(1.3, 10);
    expect(latest.changeVsPrevious?.text).toContain('2020, dem letzten Jahr davor mit Daten');
    expect(latest.changeVsPrevious?.text).not.toContain('Vorjahr');
    expect(result.points[0]!.changeVsPrevious).toBeNull();
  });
});

describe('German wording', () => {
  const rr = (rateRatio: number, ciLow: number, ciHigh: number, pValue: number) => ({
    rateRatio,
    ciLow,
    ciHigh,
    pValue,
  });

  it('calls a large relative change in a small town noise when the interval covers 1', () => {
    // 18 vs 7 cases look like +157 %, and the test agrees it is notable; 9 vs 7 (+29 %) is not.
    const noisy = compareIndependent(9, 12380, 7, 12430)!;
    expect(isNotable(noisy)).toBe(false);
    const text = describeChange(noisy, { basis: 'vorjahr', year: 2022, minCases: 7 });
    expect(text.notable).toBe(false);
    expect(text.text).toContain('im Rahmen zufälliger Schwankung');
    expect(text.text).toContain('dem Vorjahr 2021');
    expect(text.text).toContain('wenigen Fällen');
  });

  it('calls a small relative change in a big city notable when the interval excludes 1', () => {
    const city = compareIndependent(66503, 601866, 68677, 593145)!;
    expect(city.rateRatio).toBeGreaterThan(0.94);
    const text = describeChange(city, { basis: 'vorjahr', year: 2022, minCases: 66503 });
    expect(text.notable).toBe(true);
    expect(text.direction).toBe('niedriger');
    expect(text.text).toMatch(
      /^Deutlich gesunken: Die Häufigkeitszahl 2022 liegt 5 % unter dem Vorjahr 2021/,
    );
    expect(text.text).toContain('p < 0,001');
    expect(text.text).not.toContain('zufälliger Schwankung.');
  });

  it('uses the interval, not the percentage, and names the five-year base', () => {
    const t = describeChange(rr(1.4, 0.9, 2.1, 0.13), {
      basis: 'fuenfjahresmittel',
      year: 2024,
      minCases: 40,
    });
    expect(t.text).toBe(
      'Gegenüber dem Mittel der Jahre 2019–2023 +40 % (95-%-Konfidenzintervall −10 % bis +110 %): im Rahmen zufälliger Schwankung, keine belastbare Veränderung (p = 0,130).',
    );
    const up = describeChange(rr(1.08, 1.03, 1.13, 0.002), { basis: 'vorjahr', year: 2024, minCases: 3000 });
    expect(
      up.text.startsWith('Deutlich gestiegen: Die Häufigkeitszahl 2024 liegt 8 % über dem Vorjahr 2023'),
    ).toBe(true);
  });

  it('warns about series breaks in a comparison across them', () => {
    const t = describeChange(rr(0.6, 0.5, 0.7, 1e-9), {
      basis: 'vorjahr',
      year: 2024,
      minCases: 100,
      breaks: breaksBetween('730000', 2023, 2024),
    });
    expect(t.text).toContain('Cannabisgesetz');
    expect(t.text).toContain('nur eingeschränkt aussagekräftig');
    expect(breaksBetween('------', 2022, 2023)).toEqual([]);
    expect(breaksInSeries('730000', [2015, 2020, 2025]).map((b) => b.year)).toEqual([2024, 2024]);
    expect(breaksInSeries('------', [2020, 2022])).toEqual([]);
  });

  it('phrases comparisons with districts and Saxony', () => {
    expect(districtPhrases('Chemnitz, Stadt', 'Kreisfreie Stadt')).toEqual({
      where: 'in der Stadt Chemnitz',
      to: 'zur Stadt Chemnitz',
    });
    expect(districtPhrases('Erzgebirgskreis', 'Landkreis').where).toBe('im Erzgebirgskreis');
    const high = describeComparison(rr(1.24, 1.1, 1.39, 0.0004), {
      ...districtPhrases('Bautzen', 'Landkreis'),
      minCases: 400,
    });
    expect(high.text).toBe(
      'Deutlich höher als im Landkreis Bautzen: Die Häufigkeitszahl ist 1,24-mal so hoch (95-%-Konfidenzintervall 1,10 bis 1,39; p < 0,001).',
    );
    const same = describeComparison(rr(1.05, 0.93, 1.18, 0.4), {
      where: 'in Sachsen',
      to: 'zu Sachsen',
      minCases: 400,
    });
    expect(same.text).toBe(
      'Kein deutlicher Unterschied zu Sachsen: Verhältnis 1,05 (95-%-Konfidenzintervall 0,93 bis 1,18), im Rahmen zufälliger Schwankung.',
    );
  });
});
