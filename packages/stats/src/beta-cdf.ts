import { betaTails } from './internal/tails';

/**
 * Cumulative distribution function of the beta distribution, the regularised incomplete beta function
 * I_x(a, b) (R's `pbeta`).
 *
 * Method: continued fraction of the incomplete beta evaluated with the modified Lentz algorithm
 * (Press et al., Numerical Recipes, 3rd ed., §6.4), on whichever side of the mean converges fastest; the
 * prefactor x^a (1−x)^b / B(a, b) comes from Loader's saddle-point binomial density so that it keeps full
 * relative precision for large shapes. Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/Beta.html
 *
 * Runs in O(√max(a, b)) time (iterations of the continued fraction).
 *
 * @param x quantile
 * @param a first shape parameter, a > 0
 * @param b second shape parameter, b > 0
 * @param lowerTail P[X ≤ x] when true (default), P[X > x] otherwise
 * @returns the probability
 * @throws {RangeError} if a or b is not positive and finite
 * @example
 * betaCdf(0.3, 2, 5); // => 0.579825
 */
export function betaCdf(x: number, a: number, b: number, lowerTail = true): number {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`betaCdf requires positive finite shapes, got a=${a}, b=${b}`);
  }
  if (Number.isNaN(x)) return Number.NaN;
  const t = betaTails(x, 1 - x, a, b);
  return lowerTail ? t.lower : t.upper;
}
