import { checkInputs, estimateFromSums, run } from './internal/estimate';
import type { EstimateOptions, SurveyDesign, SurveyEstimate } from './survey-design';

/**
 * Design-based (Horvitz–Thompson) total of a variable, overall or in a domain, with its Taylor-linearised
 * standard error and normal-quantile confidence interval, as R's `svytotal(~y, design, na.rm = TRUE,
 * deff = TRUE)` (on `subset(design, …)` for a domain).
 *
 * Method: Σ w·y over rows with an answer (missing answers are a domain restriction); the variance of the
 * linearised values w·y is projected off the calibration margins as R's `svyrecvar`, then taken between PSUs
 * within strata with the fpc. Reference: Lumley (2010) Complex Surveys §2.2, 7; Wolter (2007) ch. 6;
 * https://r-survey.r-forge.r-project.org/survey/html/surveysummary.html
 *
 * Runs in O(r·(M + 1) + P·C) time for r rows in the domain, M margins, P PSUs and C calibration cells.
 *
 * @param design the design from svyDesign (possibly calibrated)
 * @param y one value per row; NaN marks a missing answer (−1 in an Int32Array of factor codes)
 * @param options domain, level (0.95), minN (30), suppress (false)
 * @returns the estimate with SE, CI, n, deff, Kish effect and n_eff
 * @throws {RangeError} if y has the wrong length, the domain belongs to another design, or the level is out of (0, 1)
 * @example
 * svyTotal(design, enroll).estimate; // => 3404940 (apiclus1)
 */
export function svyTotal(
  design: SurveyDesign,
  y: ArrayLike<number>,
  options: EstimateOptions = {},
): SurveyEstimate {
  checkInputs('svyTotal', design, y, options);
  return estimateFromSums('total', design, run(design, y, options, null), options);
}
