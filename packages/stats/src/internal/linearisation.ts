/**
 * The engine behind svyMean/svyTotal/svyProportion: one pass over the rows of a domain collects weighted
 * sums per PSU and per calibration cell; the Taylor-linearised variance is then computed from those sums
 * (the calibration projections of R's svyrecvar are carried out on cell totals, which is exact because
 * they are linear in the linearised values).
 * @internal
 */
import type { SurveyDesign } from '../survey-design';

export interface Accumulation {
  /** rows with an answer */
  n: number;
  sumW: number;
  sumWZ: number;
  /** Σ w (z − mean)², by West's weighted update */
  m2: number;
  sumW2: number;
  psuW: Float64Array;
  psuWZ: Float64Array;
  cellW: Float64Array[];
  cellWZ: Float64Array[];
}

function isMember(v: number, values: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) if (v === values[k]) return true;
  return false;
}

/**
 * Sums over rows (all, or a domain's) with a non-missing y (NaN, or a negative code when y is an
 * Int32Array of factor codes, is missing). With `values` the variable is the indicator of y ∈ values,
 * otherwise y itself.
 */
export function accumulate(
  design: SurveyDesign,
  y: ArrayLike<number>,
  rows: Int32Array | null,
  values: Float64Array | null,
): Accumulation {
  const w = design.weights;
  const psu = design.psu;
  const M = design.margins.length;
  const cells = design.margins.map((m) => m.cell);
  const uw = design.cache.uw;
  const psuW = new Float64Array(design.nPsu);
  const psuWZ = new Float64Array(design.nPsu);
  const cellW = design.margins.map((m) => new Float64Array(m.levels.length));
  const cellWZ = design.margins.map((m) => new Float64Array(m.levels.length));
  let n = 0;
  let sumW = 0;
  let sumWZ = 0;
  let sumW2 = 0;
  let mean = 0;
  let m2 = 0;
  const count = rows ? rows.length : design.n;
  const codes = y instanceof Int32Array; // factor codes: −1 marks a missing answer
  for (let j = 0; j < count; j++) {
    const i = rows ? (rows[j] as number) : j;
    const raw = y[i] as number;
    if (Number.isNaN(raw) || (codes && raw < 0)) continue; // missing answer
    const z = values ? (isMember(raw, values) ? 1 : 0) : raw;
    const wi = w[i] as number;
    const wz = wi * z;
    n++;
    sumWZ += wz;
    sumW2 += wi * wi;
    const total = sumW + wi;
    const delta = z - mean;
    const r = (delta * wi) / total;
    mean += r;
    m2 += sumW * delta * r;
    sumW = total;
    const p = psu[i] as number;
    psuW[p] = (psuW[p] as number) + wi;
    psuWZ[p] = (psuWZ[p] as number) + wz;
    for (let m = 0; m < M; m++) {
      const k = (cells[m] as Int32Array)[i] as number;
      const u = (uw[m] as Float64Array)[i] as number;
      const cw = cellW[m] as Float64Array;
      const cz = cellWZ[m] as Float64Array;
      cw[k] = (cw[k] as number) + u;
      cz[k] = (cz[k] as number) + u * z;
    }
  }
  return { n, sumW, sumWZ, m2, sumW2, psuW, psuWZ, cellW, cellWZ };
}

/**
 * Variance of a total of linearised values x given their PSU totals `psuX` and, per calibration margin,
 * their cell sums of u·x (`cellX`). Applies R's calibration projections in R's order, then the stratified
 * between-PSU variance with the fpc multipliers. `psuX` is overwritten.
 */
export function linearisedVariance(
  design: SurveyDesign,
  psuX: Float64Array,
  cellX: readonly Float64Array[],
): number {
  const M = design.margins.length;
  if (M > 0) {
    const C = design.margins.map((m) => new Float64Array(m.levels.length));
    const touched = new Uint8Array(M);
    const seq = design.sequence;
    for (let s = 0; s < seq.length; s++) {
      const m = seq[s] as number;
      const margin = design.margins[m];
      if (!margin) continue;
      const L = margin.levels.length;
      const c = Float64Array.from(cellX[m] as Float64Array);
      const crossRow = design.cache.cross[m] as readonly Float64Array[];
      for (let m2 = 0; m2 < M; m2++) {
        if (!touched[m2]) continue;
        const G = crossRow[m2] as Float64Array;
        const C2 = C[m2] as Float64Array;
        const L2 = C2.length;
        for (let k = 0; k < L; k++) {
          let acc = 0;
          const off = k * L2;
          for (let k2 = 0; k2 < L2; k2++) acc += (G[off + k2] as number) * (C2[k2] as number);
          c[k] = (c[k] as number) - acc;
        }
      }
      const D = margin.denominator;
      const Cm = C[m] as Float64Array;
      for (let k = 0; k < L; k++) {
        const d = D[k] as number;
        Cm[k] = (Cm[k] as number) + (d > 0 ? (c[k] as number) / d : 0);
      }
      touched[m] = 1;
    }
    for (let m = 0; m < M; m++) {
      const margin = design.margins[m];
      if (!margin || !touched[m]) continue;
      const Cm = C[m] as Float64Array;
      const L = Cm.length;
      const B = design.cache.psuCell[m];
      if (B) {
        for (let p = 0; p < design.nPsu; p++) {
          let acc = 0;
          const off = p * L;
          for (let k = 0; k < L; k++) acc += (B[off + k] as number) * (Cm[k] as number);
          psuX[p] = (psuX[p] as number) - acc;
        }
      } else {
        const psw = margin.psw;
        const cell = margin.cell;
        const psu = design.psu;
        for (let i = 0; i < design.n; i++) {
          const p = psu[i] as number;
          psuX[p] = (psuX[p] as number) - (psw[i] as number) * (Cm[cell[i] as number] as number);
        }
      }
    }
  }
  // stratified variance of PSU totals (R's onestage/onestrat)
  const H = design.nStrata;
  const sum = new Float64Array(H);
  const ps = design.psuStratum;
  for (let p = 0; p < design.nPsu; p++) {
    const h = ps[p] as number;
    sum[h] = (sum[h] as number) + (psuX[p] as number);
  }
  const ss = new Float64Array(H);
  for (let p = 0; p < design.nPsu; p++) {
    const h = ps[p] as number;
    const centre = design.stratumCentred[h] ? (sum[h] as number) / (design.stratumPsuCount[h] as number) : 0;
    const d = (psuX[p] as number) - centre;
    ss[h] = (ss[h] as number) + d * d;
  }
  let v = 0;
  for (let h = 0; h < H; h++) v += (design.stratumScale[h] as number) * (ss[h] as number);
  return v;
}
