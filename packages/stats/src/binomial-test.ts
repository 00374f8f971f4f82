import { betaQuantile } from './beta-quantile';
import { binomialCdf } from './binomial-cdf';
import { countAtMost } from './internal/count-tail';
import { dbinomRaw } from './internal/loader';

/** Alternative hypothesis of an exact test, as in R. */
export type Alternative = 'two.sided' | 'less' | 'greater';

/** Result of an exact binomial test. */
export interface BinomialTestResult {
  /** observed proportion x / n */
  readonly estimate: number;
  readonly pValue: number;
  /** Clopper–Pearson confidence interval */
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
}

/** Binomial density that is 0 outside 0…n (R's dbinom for integer arguments). */
function density(i: number, n: number, p: number, q: number): number {
  return dbinomRaw(i, n, p, q);
}

/**
 * Exact binomial test with the Clopper–Pearson confidence interval (R's `binom.test`).
 *
 * Method: the two-sided p-value sums the probabilities of all outcomes no more likely than the observed
 * one, with R's relative tolerance 1 + 1e-7 for ties (Clopper, C. J. & Pearson, E. S. (1934) Biometrika
 * 26, 404–413); one-sided p-values are binomial tail sums; the interval inverts the binomial tails with
 * beta quantiles. Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/binom.test.html
 *
 * Runs in O(√n + log n) time (incomplete beta; the two-sided p-value bisects the far tail for the
 * boundary of R's count, scanning it like R when it is shorter than 4096 outcomes).
 *
 * @param x number of successes, an integer in 0…n
 * @param n number of trials, a positive integer
 * @param p hypothesised success probability in [0, 1] (default 0.5)
 * @param options alternative (default "two.sided") and confidence level (default 0.95)
 * @returns estimate, p-value and confidence interval
 * @throws {RangeError} if x, n, p or the level are out of range
 * @example
 * binomialTest(7, 20, 0.5).pValue; // => 0.2631759643554687
 */
export function binomialTest(
  x: number,
  n: number,
  p = 0.5,
  options: { alternative?: Alternative; level?: number } = {},
): BinomialTestResult {
  const alternative = options.alternative ?? 'two.sided';
  const level = options.level ?? 0.95;
  if (!(Number.isInteger(n) && n >= 1))
    throw new RangeError(`binomialTest requires an integer n >= 1, got ${n}`);
  if (!(Number.isInteger(x) && x >= 0 && x <= n)) {
    throw new RangeError(`binomialTest requires an integer x in 0…n, got ${x}`);
  }
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialTest requires p in [0, 1], got ${p}`);
  if (!(level > 0 && level < 1))
    throw new RangeError(`binomialTest requires a level in (0, 1), got ${level}`);
  const q = 1 - p;
  let pValue: number;
  if (alternative === 'less') pValue = binomialCdf(x, n, p);
  else if (alternative === 'greater') pValue = binomialCdf(x - 1, n, p, false);
  else if (p === 0) pValue = x === 0 ? 1 : 0;
  else if (p === 1) pValue = x === n ? 1 : 0;
  else {
    const relErr = 1 + 1e-7;
    const d = density(x, n, p, q);
    const m = n * p;
    if (x === m) pValue = 1;
    else if (x < m) {
      const y = countAtMost(Math.ceil(m), n, (i) => density(i, n, p, q), d * relErr, false);
      pValue = binomialCdf(x, n, p) + binomialCdf(n - y, n, p, false);
    } else {
      const y = countAtMost(0, Math.floor(m), (i) => density(i, n, p, q), d * relErr, true);
      pValue = binomialCdf(y - 1, n, p) + binomialCdf(x - 1, n, p, false);
    }
  }
  const lowerBound = (alpha: number) => (x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1));
  const upperBound = (alpha: number) => (x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x));
  let ciLow: number;
  let ciHigh: number;
  if (alternative === 'less') {
    ciLow = 0;
    ciHigh = upperBound(1 - level);
  } else if (alternative === 'greater') {
    ciLow = lowerBound(1 - level);
    ciHigh = 1;
  } else {
    const alpha = (1 - level) / 2;
    ciLow = lowerBound(alpha);
    ciHigh = upperBound(alpha);
  }
  return { estimate: x / n, pValue, ciLow, ciHigh, level };
}
