import { factorCodes } from './factor-codes';
import { laterStages } from './internal/stages';
import type { LonelyPsu, SamplingStage, SurveyDesign } from './survey-design';

type Id = string | number | null | undefined;

/** Inputs of `svyDesign`; every array has one entry per respondent. */
export interface SvyDesignOptions {
  /** sampling weights (positive); default: N_h / n_h from the fpc, otherwise 1 */
  readonly weights?: ArrayLike<number>;
  /** stratum of each row (no missing values) */
  readonly strata?: ArrayLike<string | number | null | undefined>;
  /**
   * cluster (PSU) of each row; default: each row is its own PSU. For a multistage design one array per
   * stage, first stage first (R's `ids = ~psu + ssu`); later-stage ids may restart within each unit.
   */
  readonly clusters?: ArrayLike<Id> | readonly ArrayLike<Id>[];
  /**
   * finite population correction per row: population size of the stratum (first stage: in PSUs) or
   * sampling fraction. For a multistage design one array per stage (R's `fpc = ~fpc1 + fpc2`): stage k's
   * value is the number of stage-k units in the row's unit of stage k − 1 (or the fraction sampled).
   */
  readonly fpc?: ArrayLike<number> | readonly ArrayLike<number>[];
  /**
   * how to read `fpc`: "auto" (default, as R: any value > 1 → population sizes, then none may be < 1;
   * otherwise sampling fractions, where 1 means a census of that stratum)
   */
  readonly fpcType?: 'auto' | 'population' | 'fraction';
  /** cluster ids restart within strata (R's nest = TRUE); default false: a cluster in two strata is an error */
  readonly nest?: boolean;
  /** strata with one PSU: "fail" (default, as R), "certainty"/"remove" (contribute 0), "adjust" (centred at 0) */
  readonly lonelyPsu?: LonelyPsu;
  /** number of rows, needed only when no other array is given */
  readonly n?: number;
}

const FN = 'svyDesign';

/**
 * Survey design object for a stratified, clustered (one or more stages) sample with weights and finite
 * population correction, as R's `svydesign(ids, strata, weights, fpc, data)`.
 *
 * Method: codes strata and PSUs, counts PSUs per stratum (n_h), derives the stratum variance multipliers
 * f_h · n_h/(n_h − 1) with f_h = 1 − n_h/N_h used by the Taylor-linearised (ultimate cluster) variance of
 * R's `svyrecvar`; degrees of freedom = PSUs − strata. A stratum with a single PSU stops with an error, as
 * R's default `survey.lonely.psu = "fail"`, unless it is a certainty stratum (N_h = n_h) or `lonelyPsu` says
 * otherwise. Multistage designs (several cluster arrays) with an fpc at every stage add the variance of
 * each later stage within the units of the stage before, scaled by the sampling fractions of the earlier
 * stages (R's `multistage` recursion; see internal/multistage-variance.ts); without fpc only the first stage
 * counts, as in R. Strata apply to the first stage; each unit is the stratum of the stage below it.
 * Reference: Lumley, T. (2010) Complex Surveys, Wiley, ch. 2–3; Särndal, Swensson & Wretman (1992) Model
 * Assisted Survey Sampling, Springer, §4.3–4.4; https://r-survey.r-forge.r-project.org/survey/html/svydesign.html
 *
 * Runs in O(n) time and memory (hash maps for string codes).
 *
 * @param options weights, strata, clusters, fpc and the lonely-PSU rule
 * @returns the design, the starting point for calibration and estimation
 * @throws {RangeError} on arrays of different lengths, missing or non-positive weights, missing strata or
 *   clusters, clusters that cross strata (without `nest`), fpc that varies within a stratum, mixes sizes and
 *   fractions or implies more than 100 % sampling, fpc for some stages only, a single PSU overall, or a
 *   lonely PSU with "fail"
 * @example
 * const d = svyDesign({ weights: [2, 2, 4, 4], strata: ['a', 'a', 'b', 'b'] });
 * d.degf; // => 2
 */
export function svyDesign(options: SvyDesignOptions): SurveyDesign {
  const lonelyPsu = options.lonelyPsu ?? 'fail';
  const idStages = stageList<Id>(options.clusters);
  const fpcStages = stageList<number>(options.fpc);
  if (fpcStages.length > Math.max(1, idStages.length)) {
    throw new RangeError(
      `${FN} requires one fpc per sampling stage: ${fpcStages.length} fpc arrays for ${Math.max(1, idStages.length)} stage(s)`,
    );
  }
  if (fpcStages.length > 1 && fpcStages.length !== idStages.length) {
    throw new RangeError(
      `${FN} requires an fpc for every stage or none: ${fpcStages.length} fpc arrays for ${idStages.length} stages`,
    );
  }
  if (idStages.length > 1 && fpcStages.length === 1) {
    throw new RangeError(
      `${FN} requires an fpc for every stage of a multistage design (R: fpc = ~fpc1 + fpc2), got one for ${idStages.length} stages`,
    );
  }
  const lengths: number[] = [];
  for (const a of [options.weights, options.strata, ...idStages, ...fpcStages]) if (a) lengths.push(a.length);
  const n = options.n ?? lengths[0];
  if (n === undefined) throw new RangeError(`${FN} requires weights, strata, clusters, fpc or n`);
  if (lengths.some((l) => l !== n)) {
    throw new RangeError(
      `${FN} requires arrays of equal length (one entry per row), got ${lengths.join(', ')}`,
    );
  }
  if (n < 2) throw new RangeError(`${FN} requires at least two rows, got ${n}`);

  // strata
  let stratumOfRow: Int32Array;
  let strataLevels: readonly string[];
  if (options.strata) {
    const f = factorCodes(options.strata);
    const missing = f.codes.indexOf(-1);
    if (missing >= 0)
      throw new RangeError(`${FN} requires a stratum in every row: row ${missing + 1} has none`);
    stratumOfRow = f.codes;
    strataLevels = f.levels;
  } else {
    stratumOfRow = new Int32Array(n);
    strataLevels = ['1'];
  }
  const nStrata = strataLevels.length;

  // PSUs
  let psu: Int32Array;
  let psuLabels: readonly string[] | null = null;
  const firstIds = idStages[0];
  if (firstIds) {
    const f = factorCodes(firstIds);
    const missing = f.codes.indexOf(-1);
    if (missing >= 0)
      throw new RangeError(`${FN} requires a cluster in every row: row ${missing + 1} has none`);
    if (options.nest && options.strata) {
      // PSU = (stratum, cluster)
      const key = new Map<number, number>();
      psu = new Int32Array(n);
      const nc = f.levels.length;
      for (let i = 0; i < n; i++) {
        const k = (stratumOfRow[i] as number) * nc + (f.codes[i] as number);
        let c = key.get(k);
        if (c === undefined) {
          c = key.size;
          key.set(k, c);
        }
        psu[i] = c;
      }
    } else {
      psu = f.codes;
      psuLabels = f.levels;
    }
  } else {
    psu = new Int32Array(n);
    for (let i = 0; i < n; i++) psu[i] = i;
  }
  let nPsu = 0;
  for (let i = 0; i < n; i++) if ((psu[i] as number) >= nPsu) nPsu = (psu[i] as number) + 1;
  if (nPsu < 2 && !(options.nest && options.strata)) {
    throw new RangeError(`${FN} requires at least two primary sampling units, got ${nPsu}`);
  }
  const psuStratum = new Int32Array(nPsu).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = psu[i] as number;
    const h = stratumOfRow[i] as number;
    const prev = psuStratum[p] as number;
    if (prev === -1) psuStratum[p] = h;
    else if (prev !== h) {
      const label = psuLabels ? psuLabels[p] : String(p);
      throw new RangeError(
        `${FN} requires clusters nested in strata: cluster "${label}" is in strata "${strataLevels[prev]}" and "${strataLevels[h]}" (set nest: true if cluster ids restart within strata)`,
      );
    }
  }
  const stratumPsuCount = new Int32Array(nStrata);
  for (let p = 0; p < nPsu; p++) {
    const h = psuStratum[p] as number;
    stratumPsuCount[h] = (stratumPsuCount[h] as number) + 1;
  }

  // finite population correction: population size N_h per stratum
  const popSize = new Float64Array(nStrata).fill(Number.POSITIVE_INFINITY);
  const fpc = fpcStages[0];
  let type = options.fpcType ?? 'auto';
  if (fpc) {
    let above1 = -1; // first row with a value > 1 (a population size) …
    let below1 = -1; // … and with a value < 1 (a sampling fraction)
    let above1Value = 0;
    let below1Value = 0;
    for (const [s, values] of fpcStages.entries()) {
      for (let i = 0; i < n; i++) {
        const v = values[i] as number;
        if (!(v > 0 && Number.isFinite(v))) {
          throw new RangeError(
            `${FN} requires a positive finite fpc in every row: row ${i + 1}${fpcStages.length > 1 ? ` (stage ${s + 1})` : ''} has ${v}`,
          );
        }
        if (v > 1 && above1 < 0) [above1, above1Value] = [i, v];
        if (v < 1 && below1 < 0) [below1, below1Value] = [i, v];
      }
    }
    if (type === 'auto') {
      // as R's as.fpc: any value > 1 makes them population sizes (then 1 is a population of one unit);
      // otherwise they are sampling fractions, and 1 everywhere is a census (R stops here with a
      // misleading message; both readings give a variance of zero)
      if (above1 >= 0 && below1 >= 0) {
        throw new RangeError(
          `${FN} requires fpc values that are all population sizes (>= 1) or all sampling fractions (<= 1): row ${above1 + 1} has ${above1Value}, row ${below1 + 1} has ${below1Value}`,
        );
      }
      type = above1 >= 0 ? 'population' : 'fraction';
    }
    const seen = new Float64Array(nStrata).fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      const h = stratumOfRow[i] as number;
      const v = fpc[i] as number;
      const prev = seen[h] as number;
      if (Number.isNaN(prev)) seen[h] = v;
      else if (prev !== v) {
        throw new RangeError(
          `${FN} requires one fpc value per stratum: stratum "${strataLevels[h]}" has ${prev} and ${v} (row ${i + 1})`,
        );
      }
    }
    for (let h = 0; h < nStrata; h++) {
      const v = seen[h] as number;
      const nh = stratumPsuCount[h] as number;
      const N = type === 'population' ? v : nh / v;
      if (N < nh) {
        throw new RangeError(
          `${FN} requires fpc of at most 100 % sampling: stratum "${strataLevels[h]}" has ${nh} PSUs but a population of ${N}`,
        );
      }
      popSize[h] = N;
    }
  }

  // later stages (only with an fpc for each, as R: otherwise the first stage carries the variance)
  let unit = psu;
  let nUnits = nPsu;
  let stages: SamplingStage[] = [];
  let rowFraction: ((i: number) => number) | null = fpc
    ? (i) =>
        (stratumPsuCount[stratumOfRow[i] as number] as number) /
        (popSize[stratumOfRow[i] as number] as number)
    : null;
  if (idStages.length > 1 && fpc) {
    const psuFraction = new Float64Array(nPsu);
    for (let p = 0; p < nPsu; p++) {
      const h = psuStratum[p] as number;
      psuFraction[p] = (stratumPsuCount[h] as number) / (popSize[h] as number);
    }
    const later = laterStages(
      FN,
      idStages.slice(1),
      fpcStages.slice(1),
      type === 'fraction',
      psu,
      nPsu,
      psuFraction,
      lonelyPsu,
    );
    stages = later.stages;
    unit = later.unit;
    nUnits = later.nUnits;
    rowFraction = (i) => later.fraction[unit[i] as number] as number;
  }

  // weights
  const weights = new Float64Array(n);
  if (options.weights) {
    const w = options.weights;
    for (let i = 0; i < n; i++) {
      const v = w[i] as number;
      if (!(v > 0 && Number.isFinite(v)))
        throw new RangeError(`${FN} requires positive finite weights: row ${i + 1} has ${v}`);
      weights[i] = v;
    }
  } else if (rowFraction) {
    for (let i = 0; i < n; i++) weights[i] = 1 / rowFraction(i);
  } else weights.fill(1);

  // variance multipliers per stratum (R's onestrat)
  const stratumScale = new Float64Array(nStrata);
  const stratumCentred = new Uint8Array(nStrata).fill(1);
  for (let h = 0; h < nStrata; h++) {
    const nh = stratumPsuCount[h] as number;
    const N = popSize[h] as number;
    const f = N === Number.POSITIVE_INFINITY ? 1 : (N - nh) / N;
    if (f < 1e-7) {
      stratumScale[h] = 0; // census / certainty stratum
      continue;
    }
    if (nh > 1) {
      stratumScale[h] = (f * nh) / (nh - 1);
      continue;
    }
    if (lonelyPsu === 'fail') {
      throw new RangeError(
        `${FN} requires at least two PSUs in every stratum: stratum "${strataLevels[h]}" has one (lonely PSU; R's default survey.lonely.psu = "fail"; choose lonelyPsu "certainty", "remove" or "adjust")`,
      );
    }
    if (lonelyPsu === 'adjust') {
      stratumScale[h] = f;
      stratumCentred[h] = 0;
    } else stratumScale[h] = 0;
  }

  const design: SurveyDesign = {
    kind: 'survey-design',
    n,
    weights,
    psu,
    nPsu,
    unit,
    nUnits,
    stages: Object.freeze(stages),
    psuStratum,
    nStrata,
    strataLevels,
    stratumPsuCount,
    stratumScale,
    stratumCentred,
    degf: nPsu - nStrata,
    margins: [],
    sequence: new Int32Array(0),
    cache: { cross: [], uw: [], psuCell: [] },
    lonelyPsu,
  };
  return Object.freeze(design);
}

/** One array per stage: a list of arrays stays as it is, a single array is one stage, none is no stage. */
function stageList<T>(value: ArrayLike<T> | readonly ArrayLike<T>[] | undefined): ArrayLike<T>[] {
  if (value === undefined) return [];
  const first = value.length > 0 ? (value as ArrayLike<unknown>)[0] : undefined;
  const isList = Array.isArray(value) && typeof first === 'object' && first !== null;
  return isList ? [...(value as readonly ArrayLike<T>[])] : [value as ArrayLike<T>];
}
