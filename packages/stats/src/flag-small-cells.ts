import type { SurveyEstimate } from './survey-design';

/**
 * Small-cell rule for published tables: flags every estimate whose unweighted n is below `minN` and, when
 * asked, suppresses it (estimate, SE, interval and deff become NaN; n stays so readers see why).
 *
 * Method: a comparison per estimate. German municipal survey reports print the unweighted n under every
 * table and put results based on few cases in brackets; there is no official minimum cell size, 30 is a
 * common convention. Reference: e.g. https://opendata.ruhr/en/dataset/zusammen-leben-in-moers
 *
 * Runs in O(k) time for k estimates.
 *
 * @param estimates estimates from svyMean, svyTotal or svyProportion (not changed)
 * @param minN minimum unweighted n (default 30)
 * @param suppress replace small estimates by NaN (default false)
 * @returns new estimates with `small` and `suppressed` set
 * @throws {RangeError} if minN is negative or not a number
 * @example
 * flagSmallCells([est], 50, true)[0].suppressed; // => true when est.n < 50
 */
export function flagSmallCells(
  estimates: readonly SurveyEstimate[],
  minN = 30,
  suppress = false,
): SurveyEstimate[] {
  if (!(minN >= 0)) throw new RangeError(`flagSmallCells requires minN >= 0, got ${minN}`);
  return estimates.map((e) => {
    const small = e.n < minN;
    const suppressed = (small && suppress) || e.suppressed; // suppressed values cannot be restored
    if (!suppressed) return Object.freeze({ ...e, small, suppressed: false });
    return Object.freeze({
      ...e,
      small,
      suppressed,
      estimate: Number.NaN,
      se: Number.NaN,
      ciLow: Number.NaN,
      ciHigh: Number.NaN,
      deff: Number.NaN,
    });
  });
}
