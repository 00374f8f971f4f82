import { tQuantile } from './t-quantile';

/**
 * Wilson score interval for a proportion from a complex sample, using the design-based effective sample
 * size n* = p̂(1 − p̂)/SE² and the t quantile on the design's degrees of freedom.
 *
 * Method: Wilson (1927) JASA 22, 209–212, with n replaced by the effective sample size as recommended for
 * clustered surveys by Dean & Pagano (2015) J. Survey Stat. Methodol. 3, 484–503
 * (https://doi.org/10.1093/jssam/smv024). When SE = 0 (p̂ = 0 or 1, or a calibrated variable) `fallbackN`
 * (e.g. the Kish effective n) is used. Not in R's svyciprop; offered as an alternative to the logit method.
 *
 * Runs in O(√df) time (the t quantile).
 *
 * @param p estimated proportion in [0, 1]
 * @param se its standard error
 * @param df design degrees of freedom; Infinity for the normal quantile
 * @param level confidence level, default 0.95
 * @param fallbackN sample size to use when the effective n is undefined
 * @returns lower and upper bound (NaN when df ≤ 0 or the inputs are NaN)
 * @throws {RangeError} if the level is not in (0, 1)
 * @example
 * wilsonInterval(0.1, 0.03, 100); // => [0.0548, 0.1755] (n* = 100, t on 100 df)
 */
export function wilsonInterval(
  p: number,
  se: number,
  df: number,
  level = 0.95,
  fallbackN = Number.NaN,
): [number, number] {
  if (!(level > 0 && level < 1))
    throw new RangeError(`wilsonInterval requires a level in (0, 1), got ${level}`);
  if (Number.isNaN(p) || Number.isNaN(se) || !(df > 0)) return [Number.NaN, Number.NaN];
  const nStar = se > 0 ? (p * (1 - p)) / (se * se) : fallbackN;
  if (!(nStar > 0)) return [p, p];
  const q = tQuantile(1 - (1 - level) / 2, df);
  const q2n = (q * q) / nStar;
  const centre = (p + q2n / 2) / (1 + q2n);
  const half = (q / (1 + q2n)) * Math.sqrt((p * (1 - p)) / nStar + (q * q) / (4 * nStar * nStar));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
