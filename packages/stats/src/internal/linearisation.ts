/**
 * The engine behind svyMean/svyTotal/svyProportion: one pass over the rows of a domain collects weighted
 * sums per sampling unit (the PSU, or the unit of the last stage of a multistage design) and per calibration cell; the Taylor-linearised variance is then computed from those sums
 * (the calibration projections of R's svyrecvar are carried out on cell totals, which is exact because
 * they are linear in the linearised values).
 * @internal
 */
import type { SurveyDesign } from '../survey-design';
import { multistageVariance } from './multistage-variance';

export interface Accumulation {
  /** rows with an answer */
  n: number;
  sumW: number;
  sumWZ: number;
  /** Σ w (z − mean)², from sums shifted by the first answer */
  m2: number;
  sumW2: number;
  /** per unit of the last sampling stage (PSU in a one-stage design): Σw and Σw·z */
  unitW: Float64Array;
  unitWZ: Float64Array;
  cellW: Float64Array[];
  cellWZ: Float64Array[];
}

const identityCache = new WeakMap<SurveyDesign, Int32Array>();

/** 0 … n−1, cached per design, so that the whole sample runs through the same loop as a domain. */
function allRows(design: SurveyDesign): Int32Array {
  let rows = identityCache.get(design);
  if (!rows) {
    rows = new Int32Array(design.n);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    identityCache.set(design, rows);
  }
  return rows;
}

/**
 * Sums over rows (all, or a domain's) with a non-missing y (NaN, null or undefined, or a negative code
 * when y is an Int32Array of factor codes, is missing: never read as 0). With `values` the variable is the indicator of y ∈ values,
 * otherwise y itself. The loop is written out for up to two calibration margins (the common case) so that
 * everything it touches is a local typed array.
 */
export function accumulate(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domainRows: Int32Array | null,
  values: Float64Array | null,
): Accumulation {
  const rows = domainRows ?? allRows(design);
  const w = design.weights;
  const unit = design.unit;
  const M = design.margins.length;
  const unitW = new Float64Array(design.nUnits);
  const unitWZ = new Float64Array(design.nUnits);
  const cellW = design.margins.map((m) => new Float64Array(m.levels.length));
  const cellWZ = design.margins.map((m) => new Float64Array(m.levels.length));
  const empty = new Int32Array(0);
  const emptyF = new Float64Array(0);
  const c0 = M > 0 ? (design.margins[0]?.cell as Int32Array) : empty;
  const u0 = M > 0 ? (design.cache.uw[0] as Float64Array) : emptyF;
  const w0 = M > 0 ? (cellW[0] as Float64Array) : emptyF;
  const z0 = M > 0 ? (cellWZ[0] as Float64Array) : emptyF;
  const c1 = M > 1 ? (design.margins[1]?.cell as Int32Array) : empty;
  const u1 = M > 1 ? (design.cache.uw[1] as Float64Array) : emptyF;
  const w1 = M > 1 ? (cellW[1] as Float64Array) : emptyF;
  const z1 = M > 1 ? (cellWZ[1] as Float64Array) : emptyF;
  const codes = y instanceof Int32Array; // factor codes: −1 marks a missing answer
  const nValues = values ? values.length : 0;
  let n = 0;
  let sumW = 0;
  let sumWZ = 0;
  let sumW2 = 0;
  // Σw(z−K) and Σw(z−K)² with K the first answer: a shifted one-pass variance without a division per row
  let shift = Number.NaN;
  let sumWD = 0;
  let sumWD2 = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j] as number;
    const raw = y[i] as number;
    // missing answer (null would otherwise be read as 0 by the arithmetic below)
    if (raw === null || raw === undefined || Number.isNaN(raw) || (codes && raw < 0)) continue;
    let z = raw;
    if (values) {
      z = 0;
      for (let k = 0; k < nValues; k++) {
        if (raw === values[k]) {
          z = 1;
          break;
        }
      }
    }
    if (n === 0) shift = z;
    const wi = w[i] as number;
    const wz = wi * z;
    const dz = z - shift;
    n++;
    sumW += wi;
    sumWZ += wz;
    sumW2 += wi * wi;
    sumWD += wi * dz;
    sumWD2 += wi * dz * dz;
    const p = unit[i] as number;
    unitW[p] = (unitW[p] as number) + wi;
    unitWZ[p] = (unitWZ[p] as number) + wz;
    if (M === 0) continue;
    const k0 = c0[i] as number;
    const a0 = u0[i] as number;
    w0[k0] = (w0[k0] as number) + a0;
    z0[k0] = (z0[k0] as number) + a0 * z;
    if (M === 1) continue;
    const k1 = c1[i] as number;
    const a1 = u1[i] as number;
    w1[k1] = (w1[k1] as number) + a1;
    z1[k1] = (z1[k1] as number) + a1 * z;
    for (let m = 2; m < M; m++) {
      const k = (design.margins[m] as { cell: Int32Array }).cell[i] as number;
      const a = (design.cache.uw[m] as Float64Array)[i] as number;
      const cw = cellW[m] as Float64Array;
      const cz = cellWZ[m] as Float64Array;
      cw[k] = (cw[k] as number) + a;
      cz[k] = (cz[k] as number) + a * z;
    }
  }
  const m2 = n > 0 ? Math.max(0, sumWD2 - (sumWD * sumWD) / sumW) : 0;
  return { n, sumW, sumWZ, m2, sumW2, unitW, unitWZ, cellW, cellWZ };
}

/**
 * Variance of a total of linearised values x given their totals per last-stage unit `unitX` and, per
 * calibration margin, their cell sums of u·x (`cellX`). Applies R's calibration projections in R's order,
 * then the variance of the sampling stages (multistage-variance.ts). `unitX` is overwritten.
 */
export function linearisedVariance(
  design: SurveyDesign,
  unitX: Float64Array,
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
        for (let p = 0; p < design.nUnits; p++) {
          let acc = 0;
          const off = p * L;
          for (let k = 0; k < L; k++) acc += (B[off + k] as number) * (Cm[k] as number);
          unitX[p] = (unitX[p] as number) - acc;
        }
      } else {
        const psw = margin.psw;
        const cell = margin.cell;
        const unit = design.unit;
        for (let i = 0; i < design.n; i++) {
          const p = unit[i] as number;
          unitX[p] = (unitX[p] as number) - (psw[i] as number) * (Cm[cell[i] as number] as number);
        }
      }
    }
  }
  return multistageVariance(design, unitX);
}
