import { gammaTails } from './internal/tails';

/**
 * Cumulative distribution function of the Poisson distribution, P[X ≤ x] (R's `ppois`).
 *
 * Method: the identity P[X ≤ x] = Q(x + 1, λ) with the regularised upper incomplete gamma (`gammaCdf`).
 * Reference: Abramowitz & Stegun 26.4.21; https://stat.ethz.ch/R-manual/R-devel/library/stats/html/Poisson.html
 *
 * Runs in O(√x) time.
 *
 * @param x quantile (floored)
 * @param lambda mean λ ≥ 0
 * @param lowerTail P[X ≤ x] when true (default), P[X > x] otherwise
 * @returns the probability
 * @throws {RangeError} if λ is negative or not a number
 * @example
 * poissonCdf(3, 2.5); // => 0.757576133133066
 */
export function poissonCdf(x: number, lambda: number, lowerTail = true): number {
  if (!(lambda >= 0)) throw new RangeError(`poissonCdf requires lambda >= 0, got ${lambda}`);
  const k = Math.floor(x + 1e-7);
  let lower: number;
  if (k < 0) lower = 0;
  else if (lambda === 0) lower = 1;
  else {
    const t = gammaTails(lambda, k + 1);
    return lowerTail ? t.upper : t.lower;
  }
  return lowerTail ? lower : 1 - lower;
}
