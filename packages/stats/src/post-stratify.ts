import { withCalibration } from './internal/build';
import { checkMargin, type PopulationMargin } from './internal/margins';
import type { CalibrationMargin, SurveyDesign } from './survey-design';

export type { PopulationMargin } from './internal/margins';

/**
 * Post-stratification of a design to known population counts of one (possibly crossed) variable, as R's
 * `postStratify(design, ~var, population)`.
 *
 * Method: the weights in each cell k are multiplied by N_k / Σ_k w; for the variance the cell is recorded
 * like R does, so that estimators project the linearised values off the weighted cell means
 * (x − psw · Σ_k(x·w_old/psw) / Σ_k w_old), which makes the variance account for the calibration.
 * Reference: Lumley (2010) Complex Surveys §7.1; Valliant (1993) JASA 88, 89–96;
 * https://r-survey.r-forge.r-project.org/survey/html/postStratify.html
 *
 * Runs in O(n·(M + 1)) time for a design with M earlier calibration margins (cross tables for the variance).
 *
 * @param design the design to calibrate (not changed)
 * @param margin codes, level labels and population count per level
 * @returns a new design with post-stratified weights
 * @throws {RangeError} if a row has no level, a sample level has no (or zero) population count, or a
 *   population level with a positive count has no respondents (R: "Some strata absent from sample")
 * @example
 * const ps = postStratify(design, { name: 'stype', codes, levels: ['E', 'H', 'M'], population: { E: 4421, H: 755, M: 1018 } });
 */
export function postStratify(design: SurveyDesign, margin: PopulationMargin): SurveyDesign {
  const checked = checkMargin('postStratify', margin, design.weights);
  const n = design.n;
  const L = checked.levels.length;
  const old = design.weights;
  const sampleTotal = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const c = checked.cell[i] as number;
    sampleTotal[c] = (sampleTotal[c] as number) + (old[i] as number);
  }
  const ratio = new Float64Array(L);
  for (let k = 0; k < L; k++)
    ratio[k] = sampleTotal[k] ? (checked.target[k] as number) / (sampleTotal[k] as number) : 1;
  const psw = new Float64Array(n);
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = checked.cell[i] as number;
    psw[i] = (old[i] as number) * (ratio[c] as number);
    u[i] = (old[i] as number) / (psw[i] as number);
  }
  const m: CalibrationMargin = Object.freeze({
    kind: 'poststratification',
    name: checked.name,
    levels: checked.levels,
    cell: checked.cell,
    psw,
    u,
    denominator: sampleTotal,
  });
  const sequence = new Int32Array(design.sequence.length + 1);
  sequence.set(design.sequence);
  sequence[design.sequence.length] = design.margins.length;
  return withCalibration(design, psw, [...design.margins, m], sequence);
}
