import { type Alternative, binomialTest } from './binomial-test';

/** Ratio of two Poisson rates with exact inference. */
export interface RateRatio {
  /** (count1 / exposure1) / (count2 / exposure2) */
  readonly estimate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly pValue: number;
  readonly level: number;
  /** expected count1 under the null ratio, given count1 + count2 */
  readonly expectedCount1: number;
}

/**
 * Rate ratio of two Poisson counts with exposures: exact confidence interval and p-value, exactly as R's
 * two-sample `poisson.test(c(x1, x2), c(t1, t2), r)`.
 *
 * Method: conditional on x1 + x2, x1 is binomial with p = r·t1 / (r·t1 + t2); R's `binom.test` gives the
 * p-value (outcomes no more likely than the observed, tolerance 1 + 1e-7) and the Clopper–Pearson interval
 * for p, which is mapped to the ratio by p/(1 − p) · t2/t1. Reference:
 * https://stat.ethz.ch/R-manual/R-devel/library/stats/html/poisson.test.html ; Breslow & Day (1987)
 * Statistical Methods in Cancer Research II, §2.
 *
 * Runs in O(√(x1 + x2)) time (incomplete beta functions and a bisection for the two-sided p-value).
 *
 * @param count1 events in the first group (e.g. this year), a non-negative integer
 * @param exposure1 exposure of the first group (population or person-time), > 0
 * @param count2 events in the second group (e.g. last year, or Saxony)
 * @param exposure2 exposure of the second group, > 0
 * @param options null `ratio` (default 1), `level` (default 0.95), `alternative` (default "two.sided")
 * @returns the rate ratio, its exact confidence interval and the p-value
 * @throws {RangeError} if a count is not a non-negative integer, both counts are 0, an exposure is not positive, or the level is out of range
 * @example
 * rateRatio(120, 50_000, 95, 50_000).estimate; // => 1.263157894736842
 */
export function rateRatio(
  count1: number,
  exposure1: number,
  count2: number,
  exposure2: number,
  options: { ratio?: number; level?: number; alternative?: Alternative } = {},
): RateRatio {
  const ratio = options.ratio ?? 1;
  const level = options.level ?? 0.95;
  for (const [name, c] of [
    ['count1', count1],
    ['count2', count2],
  ] as const) {
    if (!(Number.isInteger(c) && c >= 0))
      throw new RangeError(`rateRatio requires a non-negative integer ${name}, got ${c}`);
  }
  for (const [name, t] of [
    ['exposure1', exposure1],
    ['exposure2', exposure2],
  ] as const) {
    if (!(t > 0 && Number.isFinite(t)))
      throw new RangeError(`rateRatio requires a positive ${name}, got ${t}`);
  }
  if (!(ratio > 0 && Number.isFinite(ratio)))
    throw new RangeError(`rateRatio requires a positive ratio, got ${ratio}`);
  if (count1 + count2 === 0) throw new RangeError('rateRatio requires at least one event in the two groups');
  const p = (ratio * exposure1) / (ratio * exposure1 + exposure2);
  const test = binomialTest(count1, count1 + count2, p, {
    alternative: options.alternative ?? 'two.sided',
    level,
  });
  const toRatio = (pp: number) => (pp / (1 - pp)) * (exposure2 / exposure1);
  return {
    estimate: count1 / exposure1 / (count2 / exposure2),
    ciLow: toRatio(test.ciLow),
    ciHigh: toRatio(test.ciHigh),
    pValue: test.pValue,
    level,
    expectedCount1: ((count1 + count2) * ratio * exposure1) / (exposure1 + ratio * exposure2),
  };
}
