// Two-stage cluster designs against R: apiclus2 (districts, then schools) from R's survey package, with
// the expected values of fixtures/make-multistage.R committed beside it (no R needed to run this).
// Estimates to relative 1e-6, SEs and CI bounds to relative 1e-4.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factorCodes,
  rake,
  type SurveyDesign,
  type SurveyEstimate,
  svyDesign,
  svyDomain,
  svyMean,
  svyProportion,
  svyTotal,
} from '../src/index';
import { col, num, readCsv, type Table } from './helpers/csv';
import { expectDeff, expectRel, expectSe } from './helpers/tolerance';

const fixtures = path.join(import.meta.dirname, 'fixtures');

interface Expected {
  statistic: 'mean' | 'total' | 'proportion';
  variable: string;
  value?: string;
  domain: Record<string, string> | null;
  estimate: number;
  se: number;
  ci_low: number;
  ci_high: number;
  deff?: number;
}
interface Case {
  data: string;
  design: string;
  total_weight: number;
  degf: number;
  estimates: Expected[];
}

/** Sampling fraction per stage, as make-multistage.R derives frac1 and frac2. */
function fractions(t: Table): [Float64Array, Float64Array] {
  const dnum = col(t, 'dnum');
  const perDistrict = new Map<string, number>();
  for (const d of dnum) perDistrict.set(d, (perDistrict.get(d) ?? 0) + 1);
  const fpc1 = num(t, 'fpc1');
  const fpc2 = num(t, 'fpc2');
  return [
    fpc1.map((N) => perDistrict.size / N),
    fpc2.map((N, i) => (perDistrict.get(dnum[i] as string) as number) / N),
  ];
}

const builders: Record<string, (t: Table) => SurveyDesign> = {
  clus2: (t) =>
    svyDesign({ clusters: [col(t, 'dnum'), col(t, 'snum')], fpc: [num(t, 'fpc1'), num(t, 'fpc2')] }),
  clus2_weights: (t) =>
    svyDesign({
      clusters: [col(t, 'dnum'), col(t, 'snum')],
      weights: num(t, 'pw'),
      fpc: [num(t, 'fpc1'), num(t, 'fpc2')],
    }),
  clus2_fractions: (t) => svyDesign({ clusters: [col(t, 'dnum'), col(t, 'snum')], fpc: fractions(t) }),
  clus2_first_stage: (t) => svyDesign({ clusters: [col(t, 'dnum'), col(t, 'snum')], weights: num(t, 'pw') }),
  clus2_raked: (t) => {
    const stype = factorCodes(col(t, 'stype'));
    return rake(
      builders.clus2!(t),
      [{ name: 'stype', codes: stype.codes, levels: stype.levels, population: { E: 4421, H: 755, M: 1018 } }],
      { maxIter: 100, epsilon: 1e-10 },
    );
  },
};

function estimateFor(d: SurveyDesign, t: Table, e: Expected): SurveyEstimate {
  let domain: ReturnType<typeof svyDomain> | undefined;
  if (e.domain) {
    const [k, v] = Object.entries(e.domain)[0] as [string, string];
    domain = svyDomain(
      d,
      col(t, k).map((x) => x === v),
    );
  }
  if (e.statistic === 'proportion') {
    const f = factorCodes(col(t, e.variable));
    return svyProportion(d, f.codes, [f.levels.indexOf(e.value as string)], { domain });
  }
  const y = num(t, e.variable);
  return e.statistic === 'mean' ? svyMean(d, y, { domain }) : svyTotal(d, y, { domain });
}

describe('multistage designs against R (apiclus2, fixtures/multistage.json)', () => {
  const cases: Record<string, Case> = JSON.parse(
    readFileSync(path.join(fixtures, 'multistage.json'), 'utf8'),
  );
  it('has a design builder for every case', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(builders).sort());
  });
  for (const [name, c] of Object.entries(cases)) {
    describe(`${name}: ${c.design}`, () => {
      const t = readCsv(path.join(fixtures, c.data));
      const d = (builders[name] as (t: Table) => SurveyDesign)(t);
      it('total weight and degrees of freedom', () => {
        expectRel(
          d.weights.reduce((a, b) => a + b, 0),
          c.total_weight,
          1e-9,
          'total weight',
        );
        expect(d.degf).toBe(c.degf);
      });
      c.estimates.forEach((e, i) => {
        const label = `${e.statistic} ${e.variable}${e.value ? `=${e.value}` : ''}${e.domain ? ` in ${JSON.stringify(e.domain)}` : ''}${e.deff !== undefined ? ' (deff)' : ''}`;
        it(`#${i + 1} ${label}`, () => {
          const got = estimateFor(d, t, e);
          expectRel(got.estimate, e.estimate, 1e-6, `${label} estimate`);
          expectSe(got.se, e.se, e.estimate, `${label} se`);
          expectRel(got.ciLow, e.ci_low, 1e-4, `${label} ci_low`);
          expectRel(got.ciHigh, e.ci_high, 1e-4, `${label} ci_high`);
          if (e.deff !== undefined) expectDeff(got.deff, e.deff, `${label} deff`);
        });
      });
    });
  }

  it('the second stage adds variance: first-stage fpc alone gives a smaller SE than R', () => {
    const t = readCsv(path.join(fixtures, 'apiclus2.csv'));
    const both = svyMean(builders.clus2!(t), num(t, 'api00'));
    const r = cases.clus2?.estimates[0] as Expected;
    expectSe(both.se, r.se, r.estimate, 'two-stage se');
    const firstOnly = svyMean(
      svyDesign({ clusters: col(t, 'dnum'), weights: num(t, 'pw'), fpc: num(t, 'fpc1') }),
      num(t, 'api00'),
    );
    expect(firstOnly.se).toBeLessThan(both.se);
  });

  it('stops at a unit with a single second-stage unit sampled below 100 %, as R (lonely PSU at stage 2)', () => {
    const t = readCsv(path.join(fixtures, 'apiclus2.csv'));
    const dnum = col(t, 'dnum');
    const fpc2 = num(t, 'fpc2');
    const single = dnum.findIndex((d) => dnum.filter((x) => x === d).length === 1);
    expect(fpc2[single]).toBe(1); // in R's data such districts are censuses of their one school
    fpc2[single] = 2;
    const ids = [dnum, col(t, 'snum')];
    expect(() => svyDesign({ clusters: ids, fpc: [num(t, 'fpc1'), fpc2] })).toThrow(
      new RegExp(`at least two units of stage 2 .*: row ${single + 1} is the only one`),
    );
    // with "remove" the lonely unit adds nothing at stage 2 (its weight doubles the school's)
    const removed = svyDesign({ clusters: ids, fpc: [num(t, 'fpc1'), fpc2], lonelyPsu: 'remove' });
    expect(removed.stages[0]?.scale[removed.psu[single] as number]).toBe(0);
    expect(removed.weights[single]).toBeCloseTo(2 * (builders.clus2!(t).weights[single] as number), 9);
  });

  it('refuses fpc for only some stages, and fpc that varies within a unit of the stage above', () => {
    const t = readCsv(path.join(fixtures, 'apiclus2.csv'));
    const ids = [col(t, 'dnum'), col(t, 'snum')];
    expect(() => svyDesign({ clusters: ids, fpc: num(t, 'fpc1') })).toThrow(/fpc for every stage/);
    const fpc2 = num(t, 'fpc2');
    const dnum = col(t, 'dnum');
    const j = dnum.findIndex((d, i) => i > 0 && d === dnum[i - 1]);
    fpc2[j] = (fpc2[j] as number) + 1;
    expect(() => svyDesign({ clusters: ids, fpc: [num(t, 'fpc1'), fpc2] })).toThrow(
      /one fpc value of stage 2 per unit of stage 1/,
    );
  });
});
