import { checkInputs, estimateFromSums, run } from './internal/estimate';
import type { EstimateOptions, SurveyDesign, SurveyEstimate } from './survey-design';

/**
 * Design-based mean of a variable, overall or in a domain, with its Taylor-linearised standard error,
 * normal-quantile confidence interval (R's `confint`), design effect and Kish effective n, as R's
 * `svymean(~y, design, na.rm = TRUE, deff = TRUE)` (on `subset(design, …)` for a domain).
 *
 * Method: the mean is the ratio Σw·y / Σw over rows with an answer; missing answers (NaN) are a domain
 * restriction like `na.rm = TRUE`, never a re-weighting. Its variance is that of the total of the linearised
 * values w(y − ȳ)/Σw: projected off the calibration margins (post-stratification, raking) as R's `svyrecvar`,
 * summed per PSU, and the between-PSU variance within strata with the fpc. Reference: Lumley (2010) Complex
 * Surveys §2.2, 3.3, 7; Wolter (2007) Introduction to Variance Estimation, ch. 6;
 * https://r-survey.r-forge.r-project.org/survey/html/surveysummary.html
 *
 * Runs in O(r·(M + 1) + P·C) time for r rows in the domain, M calibration margins, P PSUs and C calibration cells.
 *
 * @param design the design from svyDesign (possibly calibrated)
 * @param y one value per row; NaN marks a missing answer (−1 in an Int32Array of factor codes)
 * @param options domain, level (0.95), minN (30), suppress (false)
 * @returns the estimate with SE, CI, n, deff, Kish effect and n_eff
 * @throws {RangeError} if y has the wrong length, the domain belongs to another design, or the level is out of (0, 1)
 * @example
 * svyMean(design, api00).estimate; // => 644.17 (apiclus1)
 */
export function svyMean(
  design: SurveyDesign,
  y: ArrayLike<number>,
  options: EstimateOptions = {},
): SurveyEstimate {
  checkInputs('svyMean', design, y, options);
  return estimateFromSums('mean', design, run(design, y, options, null), options);
}
