import { factorCodes } from './factor-codes';
import type { LonelyPsu, SurveyDesign } from './survey-design';

/** Inputs of `svyDesign`; every array has one entry per respondent. */
export interface SvyDesignOptions {
  /** sampling weights (positive); default: N_h / n_h from the fpc, otherwise 1 */
  readonly weights?: ArrayLike<number>;
  /** stratum of each row (no missing values) */
  readonly strata?: ArrayLike<string | number | null | undefined>;
  /** first-stage cluster (PSU) of each row; default: each row is its own PSU */
  readonly clusters?: ArrayLike<string | number | null | undefined>;
  /** finite population correction per row: population size of the stratum (in PSUs) or sampling fraction */
  readonly fpc?: ArrayLike<number>;
  /** how to read `fpc`: "auto" (default, as R: all values ≥ 1 → sizes, all ≤ 1 → fractions) */
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
 * Survey design object for a stratified, clustered (first stage) sample with weights and finite
 * population correction, as R's `svydesign(ids, strata, weights, fpc, data)`.
 *
 * Method: codes strata and PSUs, counts PSUs per stratum (n_h), derives the stratum variance multipliers
 * f_h · n_h/(n_h − 1) with f_h = 1 − n_h/N_h used by the Taylor-linearised (ultimate cluster) variance of
 * R's `svyrecvar`; degrees of freedom = PSUs − strata. A stratum with a single PSU stops with an error, as
 * R's default `survey.lonely.psu = "fail"`, unless it is a certainty stratum (N_h = n_h) or `lonelyPsu` says
 * otherwise. Reference: Lumley, T. (2010) Complex Surveys, Wiley, ch. 2–3;
 * https://r-survey.r-forge.r-project.org/survey/html/svydesign.html
 *
 * Runs in O(n) time and memory (hash maps for string codes).
 *
 * @param options weights, strata, clusters, fpc and the lonely-PSU rule
 * @returns the design, the starting point for calibration and estimation
 * @throws {RangeError} on arrays of different lengths, missing or non-positive weights, missing strata or
 *   clusters, clusters that cross strata (without `nest`), fpc that varies within a stratum, mixes sizes and
 *   fractions or implies more than 100 % sampling, a single PSU overall, or a lonely PSU with "fail"
 * @example
 * const d = svyDesign({ weights: [2, 2, 4, 4], strata: ['a', 'a', 'b', 'b'] });
 * d.degf; // => 2
 */
export function svyDesign(options: SvyDesignOptions): SurveyDesign {
  const lonelyPsu = options.lonelyPsu ?? 'fail';
  const lengths: number[] = [];
  for (const a of [options.weights, options.strata, options.clusters, options.fpc])
    if (a) lengths.push(a.length);
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
  if (options.clusters) {
    const f = factorCodes(options.clusters);
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
  if (options.fpc) {
    const fpc = options.fpc;
    let anyAbove1 = false;
    let allGe1 = true;
    for (let i = 0; i < n; i++) {
      const v = fpc[i] as number;
      if (!(v > 0) || Number.isNaN(v))
        throw new RangeError(`${FN} requires a positive fpc in every row: row ${i + 1} has ${v}`);
      if (v > 1) anyAbove1 = true;
      if (v < 1) allGe1 = false;
    }
    let type = options.fpcType ?? 'auto';
    if (type === 'auto') {
      if (anyAbove1 !== allGe1) {
        throw new RangeError(
          `${FN} requires all fpc values >= 1 (population sizes) or all <= 1 (sampling fractions)`,
        );
      }
      type = anyAbove1 ? 'population' : 'fraction';
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
  } else if (options.fpc) {
    for (let i = 0; i < n; i++) {
      const h = stratumOfRow[i] as number;
      weights[i] = (popSize[h] as number) / (stratumPsuCount[h] as number);
    }
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
