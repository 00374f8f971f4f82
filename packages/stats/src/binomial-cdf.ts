import { betaTails } from './internal/tails';

/**
 * Cumulative distribution function of the binomial distribution, P[X ≤ x] (R's `pbinom`).
 *
 * Method: the identity P[X ≤ x] = 1 − I_p(x + 1, n − x) with the regularised incomplete beta
 * (`betaCdf`), p and 1 − p passed separately. Reference: Abramowitz & Stegun 26.5.24;
 * https://stat.ethz.ch/R-manual/R-devel/library/stats/html/Binomial.html
 *
 * Runs in O(√n) time.
 *
 * @param x quantile (floored)
 * @param n number of trials, a non-negative integer
 * @param p success probability in [0, 1]
 * @param lowerTail P[X ≤ x] when true (default), P[X > x] otherwise
 * @returns the probability
 * @throws {RangeError} if n is not a non-negative integer or p is outside [0, 1]
 * @example
 * binomialCdf(3, 10, 0.3); // => 0.6496107184
 */
export function binomialCdf(x: number, n: number, p: number, lowerTail = true): number {
  if (!(Number.isInteger(n) && n >= 0))
    throw new RangeError(`binomialCdf requires an integer n >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialCdf requires p in [0, 1], got ${p}`);
  const k = Math.floor(x + 1e-7);
  let lower: number;
  if (k < 0) lower = 0;
  else if (k >= n) lower = 1;
  else if (p === 0) lower = 1;
  else if (p === 1) lower = 0;
  else {
    const t = betaTails(p, 1 - p, k + 1, n - k);
    return lowerTail ? t.upper : t.lower;
  }
  return lowerTail ? lower : 1 - lower;
}
