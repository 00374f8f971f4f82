import { betaTails } from './internal/tails';
import { normalCdf } from './normal-cdf';

/**
 * Cumulative distribution function of Student's t distribution (R's `pt`).
 *
 * Method: P[T > t] = ½ I_{ν/(ν+t²)}(ν/2, ½) for t > 0 (Abramowitz & Stegun 26.7.1), with both
 * ν/(ν+t²) and t²/(ν+t²) formed directly so the incomplete beta keeps its precision in either tail;
 * the normal distribution for ν = ∞. Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/TDist.html
 *
 * Runs in O(√ν) time (continued fraction of the incomplete beta).
 *
 * @param t quantile
 * @param df degrees of freedom ν > 0 (Infinity allowed)
 * @param lowerTail P[T ≤ t] when true (default), P[T > t] otherwise
 * @returns the probability
 * @throws {RangeError} if df is not positive
 * @example
 * tCdf(2.0, 10); // => 0.96330598261463
 */
export function tCdf(t: number, df: number, lowerTail = true): number {
  if (!(df > 0)) throw new RangeError(`tCdf requires positive degrees of freedom, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(df)) return normalCdf(t, lowerTail);
  if (!Number.isFinite(t)) return t > 0 === lowerTail ? 1 : 0;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail = 0.5 * betaTails(x, y, df / 2, 0.5).lower; // P[T > |t|]
  return t > 0 === lowerTail ? 1 - tail : tail;
}
