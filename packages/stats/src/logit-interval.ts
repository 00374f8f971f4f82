import { tQuantile } from './t-quantile';

/**
 * Logit confidence interval for a proportion from a complex sample, R's `svyciprop(method = "logit")`.
 *
 * Method: a Wald interval on the logit scale, logit(p̂) ± t(1 − α/2; df) · SE(p̂) / (p̂(1 − p̂)) (the delta
 * method gives the SE of logit p̂, as the intercept-only quasibinomial svyglm does), transformed back with
 * the inverse logit; t on the design's degrees of freedom. At p̂ = 0 or 1 the logit is undefined (R's GLM
 * does not converge there) and the degenerate interval [p̂, p̂] is returned.
 * Reference: Lumley (2010) Complex Surveys §2.4; https://r-survey.r-forge.r-project.org/survey/html/svyciprop.html
 *
 * Runs in O(√df) time (the t quantile).
 *
 * @param p estimated proportion in [0, 1]
 * @param se its standard error
 * @param df design degrees of freedom (PSUs − strata); Infinity for the normal quantile
 * @param level confidence level, default 0.95
 * @returns lower and upper bound (NaN when df ≤ 0 or the inputs are NaN)
 * @throws {RangeError} if the level is not in (0, 1)
 * @example
 * logitInterval(0.874317, 0.0203595, 14); // => [0.8238, 0.9119]
 */
export function logitInterval(p: number, se: number, df: number, level = 0.95): [number, number] {
  if (!(level > 0 && level < 1))
    throw new RangeError(`logitInterval requires a level in (0, 1), got ${level}`);
  if (Number.isNaN(p) || Number.isNaN(se) || !(df > 0)) return [Number.NaN, Number.NaN];
  if (p <= 0 || p >= 1 || se === 0) return [p, p];
  const q = tQuantile(1 - (1 - level) / 2, df);
  const eta = Math.log(p / (1 - p));
  const h = (q * se) / (p * (1 - p));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return [expit(eta - h), expit(eta + h)];
}
