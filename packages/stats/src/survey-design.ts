/**
 * Types of the survey design object. A design is built once (`svyDesign`, then optionally `postStratify`,
 * `rake`, `trimWeights`) and then estimates any number of variables and domains cheaply. All arrays are
 * typed arrays owned by the design; treat them as read-only (each calibration step returns a new design
 * and never changes the one it was given).
 */

/** How a stratum with a single PSU enters the variance (R's `options(survey.lonely.psu)`). */
export type LonelyPsu = 'fail' | 'certainty' | 'remove' | 'adjust';

/**
 * One post-stratification or raking margin as R's `svyrecvar` uses it for the calibration-aware variance:
 * the linearised values are projected off the cell means of x/psw (raking) or the oldw-weighted cell
 * means (post-stratification).
 */
export interface CalibrationMargin {
  readonly kind: 'raking' | 'poststratification';
  readonly name: string;
  /** level labels; cell k is levels[k] */
  readonly levels: readonly string[];
  /** per row: cell code 0 … levels.length − 1 */
  readonly cell: Int32Array;
  /** per row: the weights right after this margin was applied (R's attr(, "weights")) */
  readonly psw: Float64Array;
  /** per row: 1/psw (raking) or oldweights/psw (post-stratification) */
  readonly u: Float64Array;
  /** per cell: number of rows (raking) or sum of the weights before this step (post-stratification) */
  readonly denominator: Float64Array;
}

/**
 * A later sampling stage of a multistage design (R's `svydesign(ids = ~psu + ssu, fpc = ~N1 + N2)`): the
 * units of this stage are sampled within each unit of the previous stage (their "parent"), which acts as
 * the stratum of this stage. Only designs with an fpc at every stage have later stages (as in R, without
 * fpc the first stage carries the whole variance: the ultimate-cluster approximation).
 */
export interface SamplingStage {
  /** number of units sampled at this stage (over all parents) */
  readonly nUnits: number;
  /** per unit of this stage: code of its parent unit at the previous stage (a PSU for the second stage) */
  readonly parent: Int32Array;
  /** per parent unit: number of its units sampled at this stage (m) */
  readonly count: Int32Array;
  /**
   * per parent unit: variance multiplier f·m/(m − 1), f = 1 − m/M, times the sampling fractions n/N of
   * all earlier stages (0 for a census of the parent's units or a lonely unit treated as certain)
   */
  readonly scale: Float64Array;
  /** per parent unit: 1 when unit totals are centred on the parent's mean (0 only for a lonely unit with "adjust") */
  readonly centred: Uint8Array;
}

/** Pre-computed products that make each estimate O(rows) plus O(PSUs · cells). @internal */
export interface CalibrationCache {
  /** cross[m][m2][k * cells(m2) + k2] = Σ over rows in cell k of m and k2 of m2 of u_m · psw_m2 */
  readonly cross: readonly (readonly Float64Array[])[];
  /** per margin: u · final weights */
  readonly uw: readonly Float64Array[];
  /** per margin: dense (last-stage unit) × cell sums of psw, or null when too large (then computed row by row) */
  readonly psuCell: readonly (Float64Array | null)[];
}

export interface SurveyDesign {
  readonly kind: 'survey-design';
  /** number of rows (respondents) */
  readonly n: number;
  /** final weights (after any calibration and trimming) */
  readonly weights: Float64Array;
  /** per row: PSU code 0 … nPsu − 1 (each row is its own PSU when no clusters were given) */
  readonly psu: Int32Array;
  readonly nPsu: number;
  /**
   * per row: unit code at the last sampling stage (the same array as `psu` in a one-stage design); the
   * variance starts from sums per such unit and adds them up stage by stage
   */
  readonly unit: Int32Array;
  readonly nUnits: number;
  /** later sampling stages, second stage first; empty for a one-stage design */
  readonly stages: readonly SamplingStage[];
  /** per PSU: stratum code */
  readonly psuStratum: Int32Array;
  readonly nStrata: number;
  readonly strataLevels: readonly string[];
  /** per stratum: number of PSUs in the sample */
  readonly stratumPsuCount: Int32Array;
  /** per stratum: variance multiplier f·n_h/(n_h − 1) with f = 1 − n_h/N_h (or 1 without fpc) */
  readonly stratumScale: Float64Array;
  /** per stratum: 1 when PSU totals are centred on the stratum mean (0 only for lonely PSUs with "adjust") */
  readonly stratumCentred: Uint8Array;
  /** design degrees of freedom: PSUs − strata */
  readonly degf: number;
  /** calibration margins in the order they were applied */
  readonly margins: readonly CalibrationMargin[];
  /** margin index per projection step, in R's order (a raking group repeats its margins 10 times) */
  readonly sequence: Int32Array;
  /** @internal */
  readonly cache: CalibrationCache;
  readonly lonelyPsu: LonelyPsu;
}

/** A subgroup (domain) of a design: estimates use the full design restricted to these rows, as R's `subset`. */
export interface SurveyDomain {
  readonly kind: 'survey-domain';
  readonly design: SurveyDesign;
  /** ascending row indices in the domain */
  readonly rows: Int32Array;
  /** degrees of freedom of the restricted design: PSUs with rows in the domain − their strata (R's degf(subset(…))) */
  readonly degf: number;
  readonly label: string;
}

/** An estimate with everything a report needs beside it. */
export interface SurveyEstimate {
  readonly statistic: 'mean' | 'total' | 'proportion';
  readonly estimate: number;
  /** Taylor-linearised standard error */
  readonly se: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly level: number;
  readonly ciMethod: 'normal' | 'logit' | 'wilson';
  /** unweighted number of respondents with an answer in the domain */
  readonly n: number;
  /** sum of the weights of those respondents */
  readonly sumWeights: number;
  /** design effect as R's deff = TRUE: design variance over the variance of a simple random sample of the same size */
  readonly deff: number;
  /** Kish weighting effect 1 + CV² of the weights = n Σw² / (Σw)² */
  readonly kishEffect: number;
  /** Kish effective sample size (Σw)² / Σw² */
  readonly nEff: number;
  /** degrees of freedom used for t quantiles (the domain's when a domain is given) */
  readonly degf: number;
  /** n below the caller's minimum */
  readonly small: boolean;
  /** small and suppression requested: estimate, se and interval are NaN */
  readonly suppressed: boolean;
}

/** Options shared by the estimators. */
export interface EstimateOptions {
  /** restrict to a domain (subgroup); default the whole sample */
  readonly domain?: SurveyDomain;
  /** confidence level, default 0.95 */
  readonly level?: number;
  /** minimum unweighted n; smaller estimates are flagged `small` (default 30) */
  readonly minN?: number;
  /** replace small estimates by NaN (default false: only flag) */
  readonly suppress?: boolean;
}
