/**
 * Variance of an estimated total from the totals of its linearised values per sampling unit, for
 * stratified one-stage and multistage cluster samples, as R's `svyrecvar` (functions `multistage`,
 * `onestage`, `onestrat` of the survey package).
 *
 * Method: with first-stage strata h, n_h sampled of N_h PSUs, PSU totals t_hi and f_h = 1 − n_h/N_h,
 *   V₁ = Σ_h f_h · n_h/(n_h − 1) · Σ_i (t_hi − t̄_h)²
 * (the between-PSU, "ultimate cluster" term). A later stage k samples m_p of M_p units within each unit p
 * of stage k − 1; it adds, per parent p, the same expression over the totals of its units,
 *   V_k = Σ_p π_p · (1 − m_p/M_p) · m_p/(m_p − 1) · Σ_j (t_pj − t̄_p)²,
 * where π_p is the product of the sampling fractions n/N of all stages above p (R multiplies each
 * sub-stage variance by nPSU/fpc on the way back up its recursion). This is the unbiased multistage
 * estimator of Särndal, Swensson & Wretman (1992) Model Assisted Survey Sampling, Springer, §4.3
 * (two-stage sampling) and §4.4 (multistage), written in R's "with replacement at each stage, corrected by
 * the fpc" form. A census stage (f < 1e−7) contributes 0; a lonely unit follows the design's lonely-PSU
 * rule (certainty/remove: 0, adjust: not centred). Reference:
 * https://r-survey.r-forge.r-project.org/survey/html/svyrecvar.html
 *
 * Runs in O(U) time for U sampling units over all stages.
 * @internal
 */
import type { SurveyDesign } from '../survey-design';

/**
 * @param design the design (its `stages` and first-stage strata)
 * @param unitX totals of the linearised values per unit of the last stage (overwritten for one stage)
 * @returns the variance of the total
 */
export function multistageVariance(design: SurveyDesign, unitX: Float64Array): number {
  let v = 0;
  let x = unitX;
  // from the last stage up: variance within each parent, then the parent's total for the stage above
  for (let s = design.stages.length - 1; s >= 0; s--) {
    const stage = design.stages[s] as SurveyDesign['stages'][number];
    const nParents = stage.count.length;
    const sum = new Float64Array(nParents);
    const parent = stage.parent;
    for (let u = 0; u < stage.nUnits; u++) {
      const p = parent[u] as number;
      sum[p] = (sum[p] as number) + (x[u] as number);
    }
    const ss = new Float64Array(nParents);
    for (let u = 0; u < stage.nUnits; u++) {
      const p = parent[u] as number;
      const centre = stage.centred[p] ? (sum[p] as number) / (stage.count[p] as number) : 0;
      const d = (x[u] as number) - centre;
      ss[p] = (ss[p] as number) + d * d;
    }
    for (let p = 0; p < nParents; p++) v += (stage.scale[p] as number) * (ss[p] as number);
    x = sum;
  }
  // first stage: stratified variance of PSU totals (R's onestage/onestrat)
  const H = design.nStrata;
  const sum = new Float64Array(H);
  const ps = design.psuStratum;
  for (let p = 0; p < design.nPsu; p++) {
    const h = ps[p] as number;
    sum[h] = (sum[h] as number) + (x[p] as number);
  }
  const ss = new Float64Array(H);
  for (let p = 0; p < design.nPsu; p++) {
    const h = ps[p] as number;
    const centre = design.stratumCentred[h] ? (sum[h] as number) / (design.stratumPsuCount[h] as number) : 0;
    const d = (x[p] as number) - centre;
    ss[h] = (ss[h] as number) + d * d;
  }
  for (let h = 0; h < H; h++) v += (design.stratumScale[h] as number) * (ss[h] as number);
  return v;
}
