// Reproduces every case of the R oracle (fixtures/survey-oracle/expected.json, made by make.R with
// R's survey package): estimates to relative 1e-6, standard errors and CI bounds to relative 1e-4.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factorCodes,
  postStratify,
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

const oracleDir = path.resolve(import.meta.dirname, 'fixtures', 'survey-oracle');

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

function margin(t: Table, name: string, population: Record<string, number>) {
  const f = factorCodes(col(t, name));
  return { name, codes: f.codes, levels: f.levels, population };
}

const builders: Record<string, (t: Table) => SurveyDesign> = {
  strat: (t) => svyDesign({ strata: col(t, 'stype'), weights: num(t, 'pw'), fpc: num(t, 'fpc') }),
  clus1: (t) => svyDesign({ clusters: col(t, 'dnum'), weights: num(t, 'pw'), fpc: num(t, 'fpc') }),
  clus1_poststrat_stype: (t) =>
    postStratify(builders.clus1!(t), margin(t, 'stype', { E: 4421, H: 755, M: 1018 })),
  clus1_raked: (t) =>
    rake(
      builders.clus1!(t),
      [margin(t, 'stype', { E: 4421, H: 755, M: 1018 }), margin(t, 'sch.wide', { No: 1072, Yes: 5122 })],
      { maxIter: 100, epsilon: 1e-10 },
    ),
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

describe('R oracle (survey package, data(api))', () => {
  const cases: Record<string, Case> = JSON.parse(readFileSync(path.join(oracleDir, 'expected.json'), 'utf8'));
  it('has a design builder for every case', () => {
    for (const name of Object.keys(cases)) expect(builders[name], `no builder for ${name}`).toBeDefined();
  });
  for (const [name, c] of Object.entries(cases)) {
    describe(`${name}: ${c.design}`, () => {
      const t = readCsv(path.join(oracleDir, c.data));
      const build = builders[name];
      if (!build) return;
      const d = build(t);
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
});
