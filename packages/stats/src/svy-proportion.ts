import { checkInputs, estimateFromSums, run } from './internal/estimate';
import type { EstimateOptions, SurveyDesign, SurveyEstimate } from './survey-design';

/**
 * Design-based proportion of answers in a set of values (e.g. "sehr unsicher" or "eher unsicher"), overall
 * or in a domain, with the logit confidence interval of R's `svyciprop(~I(y %in% values), design,
 * method = "logit")` (t quantile on the design's degrees of freedom) or, optionally, a Wilson interval.
 *
 * Method: the weighted mean of the indicator y ∈ values over rows with an answer (a missing answer is a
 * domain restriction, as na.rm = TRUE); Taylor-linearised SE with the calibration projections of R's
 * `svyrecvar`; logit interval logit(p̂) ± t·SE/(p̂(1 − p̂)); the degrees of freedom are the domain's (R's
 * degf of the subset, not reduced by missing answers). Reference: Lumley (2010) Complex Surveys §2.4;
 * https://r-survey.r-forge.r-project.org/survey/html/svyciprop.html
 *
 * Runs in O(r·(M + V) + P·C) time for r rows in the domain, V values, M margins, P PSUs and C cells.
 *
 * @param design the design from svyDesign (possibly calibrated)
 * @param y one value per row: numbers with NaN for a missing answer, or factor codes (Int32Array from
 *   `factorCodes`) with −1 for a missing answer
 * @param values the answer codes that count as "yes"
 * @param options domain, level (0.95), minN (30), suppress (false), ciMethod ("logit" or "wilson")
 * @returns the estimate with SE, CI, n, deff, Kish effect and n_eff
 * @throws {RangeError} if y has the wrong length, values is empty, the domain belongs to another design, or the level is out of (0, 1)
 * @example
 * svyProportion(design, schWide, [1]).estimate; // => 0.874 (apiclus1, sch.wide = Yes)
 */
export function svyProportion(
  design: SurveyDesign,
  y: ArrayLike<number>,
  values: readonly number[],
  options: EstimateOptions & { readonly ciMethod?: 'logit' | 'wilson' } = {},
): SurveyEstimate {
  checkInputs('svyProportion', design, y, options);
  if (values.length === 0) throw new RangeError('svyProportion requires at least one value');
  return estimateFromSums('proportion', design, run(design, y, options, Float64Array.from(values)), options);
}
