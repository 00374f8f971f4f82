import { gammaTails } from './internal/tails';

/**
 * Cumulative distribution function of the gamma distribution with unit scale, the regularised incomplete
 * gamma function P(a, x) (R's `pgamma(x, shape = a)`).
 *
 * Method: power series for x < a + 1, otherwise the Legendre continued fraction for Q(a, x) with the
 * modified Lentz algorithm (Press et al., Numerical Recipes, 3rd ed., §6.2); the prefactor x^a e^(−x)/Γ(a)
 * comes from Loader's saddle-point Poisson density for full relative precision at large a.
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/GammaDist.html
 *
 * Runs in O(√a) time.
 *
 * @param x quantile
 * @param shape shape a > 0
 * @param lowerTail P[X ≤ x] when true (default), P[X > x] otherwise
 * @returns the probability
 * @throws {RangeError} if the shape is not positive and finite
 * @example
 * gammaCdf(3, 2); // => 0.8008517265285442
 */
export function gammaCdf(x: number, shape: number, lowerTail = true): number {
  if (!(shape > 0 && Number.isFinite(shape))) {
    throw new RangeError(`gammaCdf requires a positive finite shape, got ${shape}`);
  }
  if (Number.isNaN(x)) return Number.NaN;
  const t = gammaTails(x, shape);
  return lowerTail ? t.lower : t.upper;
}
