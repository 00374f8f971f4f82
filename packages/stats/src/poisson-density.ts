import { dpoisRaw } from './internal/loader';

/**
 * Probability mass function of the Poisson distribution, P[X = x] for X ~ Poisson(λ) (R's `dpois`).
 *
 * Method: Loader's saddle-point expansion (Stirling error and deviance bd0), full relative precision for
 * large counts. Loader, C. (2000), https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf
 *
 * Runs in O(1) time.
 *
 * @param x count (0 for non-integer x, as R)
 * @param lambda mean λ ≥ 0
 * @returns the probability
 * @throws {RangeError} if λ is negative or not a number
 * @example
 * poissonDensity(3, 2.5); // => 0.21376301724973645
 */
export function poissonDensity(x: number, lambda: number): number {
  if (!(lambda >= 0)) throw new RangeError(`poissonDensity requires lambda >= 0, got ${lambda}`);
  if (!Number.isInteger(x) || x < 0) return 0;
  return dpoisRaw(x, lambda);
}
