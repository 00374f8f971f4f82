import { withCalibration } from './internal/build';
import type { SurveyDesign } from './survey-design';

/**
 * Weight trimming: caps weights at `upper` (and raises them to `lower`), spreading the trimmed amount
 * equally over the untrimmed rows so the total stays the same, exactly as R's `trimWeights`.
 *
 * Method: w' = min(max(w, lower), upper); the sum of (w − w') is added in equal parts to the weights that
 * were inside the bounds; with `strict` this repeats until no weight is outside (the redistribution can push
 * weights over the bound again). As in R, the calibration record is unchanged, so the variance still
 * projects off the calibration margins; trimming after calibration breaks the margins slightly.
 * Reference: Lumley (2010) Complex Surveys §7.5; https://r-survey.r-forge.r-project.org/survey/html/trimWeights.html
 *
 * Runs in O(n) time per round.
 *
 * @param design the design (not changed)
 * @param bounds upper (default Infinity), lower (default −Infinity), strict (default false)
 * @returns a new design with trimmed weights (the same design when nothing is outside the bounds)
 * @throws {RangeError} if lower > upper, or trimming would make a weight non-positive or leave no row to take the trimmed weight
 * @example
 * const t = trimWeights(raked, { upper: 3 * meanWeight });
 */
export function trimWeights(
  design: SurveyDesign,
  bounds: { upper?: number; lower?: number; strict?: boolean },
): SurveyDesign {
  const upper = bounds.upper ?? Number.POSITIVE_INFINITY;
  const lower = bounds.lower ?? Number.NEGATIVE_INFINITY;
  if (!(lower <= upper))
    throw new RangeError(`trimWeights requires lower <= upper, got ${lower} and ${upper}`);
  let w = design.weights;
  for (let round = 0; round < 10_000; round++) {
    let trimmed = 0;
    let inside = 0;
    const next = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) {
      const v = w[i] as number;
      const c = Math.max(lower, Math.min(v, upper));
      next[i] = c;
      trimmed += v - c;
      if (c === v) inside++;
    }
    if (inside === w.length) break;
    if (inside === 0) throw new RangeError('trimWeights requires at least one weight inside the bounds');
    const share = trimmed / inside;
    for (let i = 0; i < w.length; i++) {
      const v = w[i] as number;
      if (v >= lower && v <= upper) {
        next[i] = v + share;
        if (!((next[i] as number) > 0))
          throw new RangeError(`trimWeights requires positive weights after trimming: row ${i + 1}`);
      }
    }
    w = next;
    if (!bounds.strict) break;
  }
  if (w === design.weights) return design;
  return withCalibration(design, w, design.margins, design.sequence);
}
