// Own cases generated with R's survey package by fixtures/make-cases.R (synthetic municipal survey):
// stratified cluster samples with fpc (sizes and fractions, nested ids, certainty and lonely PSUs),
// post-stratification, raking with missing answers, domains within raked designs, chained calibrations,
// trimming, proportions near 0 and 1, 90 % intervals. Each case stores the design spec it was built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factorCodes,
  type LonelyPsu,
  type PopulationMargin,
  postStratify,
  rake,
  type SurveyDesign,
  type SurveyEstimate,
  svyDesign,
  svyDomain,
  svyMean,
  svyProportion,
  svyTotal,
  trimWeights,
} from '../src/index';
import { col, num, readCsv, type Table } from './helpers/csv';
import { expectDeff, expectRel, expectSe } from './helpers/tolerance';

const fixtures = path.join(import.meta.dirname, 'fixtures');

interface MarginSpec {
  variable: string;
  population: Record<string, number>;
}
interface Spec {
  strata?: string;
  clusters?: string;
  weights?: string;
  fpc?: string;
  nest?: boolean;
  lonely?: LonelyPsu;
  poststratify?: MarginSpec[];
  rake?: { margins: MarginSpec[]; maxit: number; epsilon: number };
  poststratify_after?: MarginSpec[];
  trim?: { upper?: number; lower?: number; strict?: boolean };
}
interface Expected {
  statistic: 'mean' | 'total' | 'proportion';
  variable: string;
  values?: string[];
  domain: Record<string, string> | null;
  estimate: number;
  se: number;
  ci_low: number;
  ci_high: number;
  deff: number;
  n: number;
  degf?: number;
  level: number;
}
interface Case {
  description: string;
  data: string;
  design: Spec;
  level: number;
  total_weight: number;
  degf: number;
  estimates: Expected[];
}

function margin(t: Table, m: MarginSpec): PopulationMargin {
  const f = factorCodes(col(t, m.variable));
  return { name: m.variable, codes: f.codes, levels: f.levels, population: m.population };
}

function buildDesign(t: Table, s: Spec): SurveyDesign {
  let d = svyDesign({
    strata: s.strata ? col(t, s.strata) : undefined,
    clusters: s.clusters ? col(t, s.clusters) : undefined,
    weights: s.weights ? num(t, s.weights) : undefined,
    fpc: s.fpc ? num(t, s.fpc) : undefined,
    nest: s.nest,
    lonelyPsu: s.lonely,
  });
  for (const m of s.poststratify ?? []) d = postStratify(d, margin(t, m));
  if (s.rake) {
    d = rake(
      d,
      s.rake.margins.map((m) => margin(t, m)),
      { maxIter: s.rake.maxit, epsilon: s.rake.epsilon },
    );
  }
  for (const m of s.poststratify_after ?? []) d = postStratify(d, margin(t, m));
  if (s.trim) d = trimWeights(d, s.trim);
  return d;
}

function estimate(d: SurveyDesign, t: Table, e: Expected): SurveyEstimate {
  let domain: ReturnType<typeof svyDomain> | undefined;
  if (e.domain) {
    const [k, v] = Object.entries(e.domain)[0] as [string, string];
    domain = svyDomain(
      d,
      col(t, k).map((x) => x === v),
    );
  }
  const options = { domain, level: e.level };
  if (e.statistic === 'proportion') {
    const f = factorCodes(col(t, e.variable));
    const values = (e.values ?? []).map((v) => f.levels.indexOf(v));
    return svyProportion(d, f.codes, values, options);
  }
  const y = num(t, e.variable);
  return e.statistic === 'mean' ? svyMean(d, y, options) : svyTotal(d, y, options);
}

const cases: Record<string, Case> = JSON.parse(readFileSync(path.join(fixtures, 'cases.json'), 'utf8'));

describe('own R cases (fixtures/make-cases.R)', () => {
  it('has at least 10 survey cases', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(10);
  });
  for (const [name, c] of Object.entries(cases)) {
    describe(`${name}: ${c.description}`, () => {
      const t = readCsv(path.join(fixtures, c.data));
      const d = buildDesign(t, c.design);
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
        const label = `${e.statistic} ${e.variable}${e.values ? ` in {${e.values.join(',')}}` : ''}${e.domain ? ` | ${JSON.stringify(e.domain)}` : ''}`;
        it(`#${i + 1} ${label}`, () => {
          const got = estimate(d, t, e);
          expect(got.n, `${label} n`).toBe(e.n);
          expectRel(got.estimate, e.estimate, 1e-6, `${label} estimate`);
          expectSe(got.se, e.se, e.estimate, `${label} se`);
          expectRel(got.ciLow, e.ci_low, 1e-4, `${label} ci_low`);
          expectRel(got.ciHigh, e.ci_high, 1e-4, `${label} ci_high`);
          expectDeff(got.deff, e.deff, `${label} deff`);
          if (e.degf !== undefined) expect(got.degf, `${label} degf`).toBe(e.degf);
        });
      });
    });
  }
});
