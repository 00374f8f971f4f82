import { dbinomRaw } from './internal/loader';

/**
 * Probability mass function of the binomial distribution, P[X = x] for X ~ Bin(n, p) (R's `dbinom`).
 *
 * Method: Loader's saddle-point expansion (Stirling error terms and the deviance bd0), accurate to full
 * relative precision even for large n. Loader, C. (2000) "Fast and Accurate Computation of Binomial
 * Probabilities", https://www.r-project.org/doc/reports/CLoader-dbinom-2002.pdf
 *
 * Runs in O(1) time.
 *
 * @param x number of successes (0 for non-integer x, as R)
 * @param n number of trials, a non-negative integer
 * @param p success probability in [0, 1]
 * @returns the probability
 * @throws {RangeError} if n is not a non-negative integer or p is outside [0, 1]
 * @example
 * binomialDensity(3, 10, 0.3); // => 0.266827932
 */
export function binomialDensity(x: number, n: number, p: number): number {
  if (!(Number.isInteger(n) && n >= 0))
    throw new RangeError(`binomialDensity requires an integer n >= 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomialDensity requires p in [0, 1], got ${p}`);
  if (!Number.isInteger(x) || x < 0 || x > n) return 0;
  return dbinomRaw(x, n, p, 1 - p);
}
