// Exact Poisson inference against R's poisson.test and binom.test (fixtures/poisson.json, make-cases.R).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Alternative, binomialTest, poissonRate, rateRatio } from '../src/index';
import { expectRel } from './helpers/tolerance';

const R = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'poisson.json'), 'utf8')) as {
  one_sample: {
    x: number;
    T: number;
    r: number;
    alternative: Alternative;
    level: number;
    estimate: number;
    p_value: number;
    ci_low: number;
    ci_high: number;
  }[];
  two_sample: {
    x1: number;
    T1: number;
    x2: number;
    T2: number;
    r: number;
    alternative: Alternative;
    level: number;
    estimate: number;
    p_value: number;
    ci_low: number;
    ci_high: number;
    expected_count1: number;
  }[];
  binom: { x: number; n: number; p: number; p_value: number; ci_low: number; ci_high: number }[];
};

const TOL = 1e-9;

/** jsonlite writes R's Inf as the string "Inf". */
function fromR(v: number | string): number {
  if (v === 'Inf') return Number.POSITIVE_INFINITY;
  if (v === '-Inf') return Number.NEGATIVE_INFINITY;
  return v as number;
}

function close(actual: number, expectedR: number | string, what: string): void {
  const expected = fromR(expectedR);
  if (!Number.isFinite(expected)) {
    expect(actual, what).toBe(expected);
    return;
  }
  if (Math.abs(expected) < 1e-300) {
    // 0 or a subnormal in R (an underflowed p-value): ours must have underflowed too
    expect(Math.abs(actual), what).toBeLessThan(1e-300);
    return;
  }
  expectRel(actual, expected, TOL, what);
}

describe('one-sample Poisson rate (poisson.test)', () => {
  for (const c of R.one_sample) {
    const label = `x=${c.x} T=${c.T} r=${c.r} ${c.alternative} ${c.level}`;
    it(label, () => {
      // per = 1: rates per unit of exposure, as R reports them
      const got = poissonRate(c.x, c.T, {
        per: 1,
        level: c.level,
        alternative: c.alternative,
        nullRate: c.r,
      });
      close(got.rate, c.estimate, `${label} rate`);
      close(got.ciLow, c.ci_low, `${label} ci_low`);
      close(got.ciHigh, c.ci_high, `${label} ci_high`);
      close(got.pValue, c.p_value, `${label} p`);
    });
  }
  it('scales to the Häufigkeitszahl per 100,000', () => {
    const c = R.one_sample.find((x) => x.x === 317 && x.T === 52000);
    if (!c) throw new Error('fixture missing');
    const hz = poissonRate(317, 52000);
    expectRel(hz.rate, c.estimate * 1e5, 1e-12, 'rate');
    expectRel(hz.ciLow, c.ci_low * 1e5, TOL, 'ci_low');
    expectRel(hz.ciHigh, c.ci_high * 1e5, TOL, 'ci_high');
    expect(Number.isNaN(hz.pValue)).toBe(true);
  });
});

describe('rate ratio of two Poisson counts (two-sample poisson.test)', () => {
  for (const c of R.two_sample) {
    const label = `${c.x1}/${c.T1} vs ${c.x2}/${c.T2} r=${c.r} ${c.alternative} ${c.level}`;
    it(label, () => {
      const got = rateRatio(c.x1, c.T1, c.x2, c.T2, {
        ratio: c.r,
        level: c.level,
        alternative: c.alternative,
      });
      close(got.estimate, c.estimate, `${label} estimate`);
      close(got.ciLow, c.ci_low, `${label} ci_low`);
      close(got.ciHigh, c.ci_high, `${label} ci_high`);
      close(got.pValue, c.p_value, `${label} p`);
      close(got.expectedCount1, c.expected_count1, `${label} expected count`);
    });
  }
  it('rejects two zero counts and bad exposures with named errors', () => {
    expect(() => rateRatio(0, 10, 0, 10)).toThrow(/^rateRatio requires at least one event/);
    expect(() => rateRatio(1, 0, 2, 10)).toThrow(/^rateRatio requires a positive exposure1/);
    expect(() => rateRatio(1.5, 10, 2, 10)).toThrow(/^rateRatio requires a non-negative integer count1/);
  });
});

describe('binomial test (binom.test)', () => {
  for (const c of R.binom) {
    it(`x=${c.x} n=${c.n} p=${c.p}`, () => {
      const got = binomialTest(c.x, c.n, c.p);
      close(got.pValue, c.p_value, 'p');
      close(got.ciLow, c.ci_low, 'ci_low');
      close(got.ciHigh, c.ci_high, 'ci_high');
    });
  }
});
