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
 * 1 at each non-negative integer of values, 0 elsewhere, up to the largest of them; null when that is
 * beyond any sensible number of factor levels (then each row is compared with the values).
 */
function indicatorTable(values: Float64Array): Uint8Array | null {
  let max = -1;
  for (const v of values) if (Number.isInteger(v) && v > max) max = v;
  if (max >= 1 << 16) return null;
  const table = new Uint8Array(max + 1);
  for (const v of values) if (Number.isInteger(v) && v >= 0) table[v] = 1;
  return table;
}

/**
 * Sums over rows (all, or a domain's) with a non-missing y (NaN, null or undefined, or a negative code
 * when y is an Int32Array of factor codes, is missing: never read as 0). With `values` the variable is the indicator of y ∈ values,
 * otherwise y itself. The loop is written out for up to two calibration margins (the common case) so that
 * everything it touches is a local typed array, and the sums stay in local variables (registers): this is
 * the loop of every single estimate. accumulateWithDomains below is its variant for many domains at once.
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
  // factor codes: the indicator of y ∈ values is read from a table indexed by the code (codes beyond it
  // are not in values) instead of comparing each row with every value
  const isValue = codes && values ? indicatorTable(values) : null;
  const tableLength = isValue ? isValue.length : 0;
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
    if (isValue) {
      z = raw < tableLength ? (isValue[raw] as number) : 0;
    } else if (values) {
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

/** Scalar sums per slot, packed: n, Σw, Σwz, Σw², K (the slot's first answer), Σw(z−K), Σw(z−K)². */
const N = 0;
const SUM_W = 1;
const SUM_WZ = 2;
const SUM_W2 = 3;
const SHIFT = 4;
const SUM_WD = 5;
const SUM_WD2 = 6;
const STRIDE = 8;

/** Per-slot sums of accumulateWithDomains, flat over the slots (slot s at s·STRIDE, s·nUnits, s·levels). */
class SlotSums {
  readonly scalars: Float64Array;
  readonly unitW: Float64Array;
  readonly unitWZ: Float64Array;
  readonly cellW: Float64Array[];
  readonly cellWZ: Float64Array[];
  constructor(
    slots: number,
    readonly nUnits: number,
    readonly levels: readonly number[],
  ) {
    this.scalars = new Float64Array(slots * STRIDE);
    this.unitW = new Float64Array(slots * nUnits);
    this.unitWZ = new Float64Array(slots * nUnits);
    this.cellW = levels.map((L) => new Float64Array(slots * L));
    this.cellWZ = levels.map((L) => new Float64Array(slots * L));
  }

  /** The sums of slot s as an Accumulation (views into the flat arrays). */
  accumulation(s: number): Accumulation {
    const at = (k: number) => this.scalars[s * STRIDE + k] as number;
    const n = at(N);
    const sumW = at(SUM_W);
    const sumWD = at(SUM_WD);
    const U = this.nUnits;
    const part = (a: Float64Array, m: number) => {
      const L = this.levels[m] as number;
      return a.subarray(s * L, (s + 1) * L);
    };
    return {
      n,
      sumW,
      sumWZ: at(SUM_WZ),
      m2: n > 0 ? Math.max(0, at(SUM_WD2) - (sumWD * sumWD) / sumW) : 0,
      sumW2: at(SUM_W2),
      unitW: this.unitW.subarray(s * U, (s + 1) * U),
      unitWZ: this.unitWZ.subarray(s * U, (s + 1) * U),
      cellW: this.cellW.map(part),
      cellWZ: this.cellWZ.map(part),
    };
  }
}

const NO_CELLS = new Int32Array(0);
const NO_SUMS = new Float64Array(0);

/**
 * accumulate() for all rows and, in the same pass, for each of `nDomains` disjoint domains (row i is in
 * domain domainOf[i], in none when negative). Returns the sums of all rows first, then those of each
 * domain. Each row is added to one slot only, its domain's (or a slot for the rows in no domain), and the
 * sums of all rows are combined from the slots at the end: half the work of one pass for the rows and one
 * per domain. A domain's sums are added in ascending row order, as a pass over
 * its own rows adds them, so they are the same to the last bit; the rows' sums equal a pass over the rows
 * up to the rounding of the additions. The first two calibration margins (the common case) are written
 * out so that everything the loop touches is a local typed array.
 */
export function accumulateWithDomains(
  design: SurveyDesign,
  y: ArrayLike<number>,
  values: Float64Array | null,
  domainOf: Int32Array,
  nDomains: number,
): Accumulation[] {
  const w = design.weights;
  const unit = design.unit;
  const M = design.margins.length;
  const U = design.nUnits;
  const levels = design.margins.map((m) => m.levels.length);
  const sums = new SlotSums(1 + nDomains, U, levels);
  const { scalars, unitW, unitWZ, cellW, cellWZ } = sums;
  const cells = design.margins.map((m) => m.cell);
  const uws = design.cache.uw;
  const c0 = M > 0 ? (cells[0] as Int32Array) : NO_CELLS;
  const u0 = M > 0 ? (uws[0] as Float64Array) : NO_SUMS;
  const w0 = M > 0 ? (cellW[0] as Float64Array) : NO_SUMS;
  const z0 = M > 0 ? (cellWZ[0] as Float64Array) : NO_SUMS;
  const L0 = M > 0 ? (levels[0] as number) : 0;
  const c1 = M > 1 ? (cells[1] as Int32Array) : NO_CELLS;
  const u1 = M > 1 ? (uws[1] as Float64Array) : NO_SUMS;
  const w1 = M > 1 ? (cellW[1] as Float64Array) : NO_SUMS;
  const z1 = M > 1 ? (cellWZ[1] as Float64Array) : NO_SUMS;
  const L1 = M > 1 ? (levels[1] as number) : 0;
  const codes = y instanceof Int32Array; // factor codes: −1 marks a missing answer
  const nValues = values ? values.length : 0;
  // factor codes: the indicator of y ∈ values is read from a table indexed by the code (codes beyond it
  // are not in values) instead of comparing each row with every value
  const isValue = codes && values ? indicatorTable(values) : null;
  const tableLength = isValue ? isValue.length : 0;
  const n = design.n;
  for (let i = 0; i < n; i++) {
    const raw = y[i] as number;
    // missing answer (null would otherwise be read as 0 by the arithmetic below)
    if (raw === null || raw === undefined || Number.isNaN(raw) || (codes && raw < 0)) continue;
    let z = raw;
    if (isValue) {
      z = raw < tableLength ? (isValue[raw] as number) : 0;
    } else if (values) {
      z = 0;
      for (let k = 0; k < nValues; k++) {
        if (raw === values[k]) {
          z = 1;
          break;
        }
      }
    }
    const wi = w[i] as number;
    const wz = wi * z;
    const p = unit[i] as number;
    // one slot per row: its domain's (d + 1), or slot 0 for the rows in no domain
    const s = (domainOf[i] as number) + 1;
    const o = s * STRIDE;
    // Σw(z−K) and Σw(z−K)² with K the slot's first answer: a shifted one-pass variance, no division per row
    if (scalars[o + N] === 0) scalars[o + SHIFT] = z;
    const dz = z - (scalars[o + SHIFT] as number);
    scalars[o + N] = (scalars[o + N] as number) + 1;
    scalars[o + SUM_W] = (scalars[o + SUM_W] as number) + wi;
    scalars[o + SUM_WZ] = (scalars[o + SUM_WZ] as number) + wz;
    scalars[o + SUM_W2] = (scalars[o + SUM_W2] as number) + wi * wi;
    scalars[o + SUM_WD] = (scalars[o + SUM_WD] as number) + wi * dz;
    scalars[o + SUM_WD2] = (scalars[o + SUM_WD2] as number) + wi * dz * dz;
    const q = s * U + p;
    unitW[q] = (unitW[q] as number) + wi;
    unitWZ[q] = (unitWZ[q] as number) + wz;
    if (M > 0) {
      const q0 = s * L0 + (c0[i] as number);
      const a0 = u0[i] as number;
      w0[q0] = (w0[q0] as number) + a0;
      z0[q0] = (z0[q0] as number) + a0 * z;
    }
    if (M > 1) {
      const q1 = s * L1 + (c1[i] as number);
      const a1 = u1[i] as number;
      w1[q1] = (w1[q1] as number) + a1;
      z1[q1] = (z1[q1] as number) + a1 * z;
    }
    for (let m = 2; m < M; m++) {
      const k = s * (levels[m] as number) + ((cells[m] as Int32Array)[i] as number);
      const a = (uws[m] as Float64Array)[i] as number;
      const cw = cellW[m] as Float64Array;
      const cz = cellWZ[m] as Float64Array;
      cw[k] = (cw[k] as number) + a;
      cz[k] = (cz[k] as number) + a * z;
    }
  }
  const perSlot: Accumulation[] = [];
  for (let slot = 0; slot <= nDomains; slot++) perSlot.push(sums.accumulation(slot));
  return [combine(perSlot), ...perSlot.slice(1)];
}

/**
 * The sums of the union of disjoint row sets from theirs: plain sums add up; Σw(z − z̄)² combines by
 * Chan, Golub & LeVeque's pairwise update, M2 = M2a + M2b + (z̄b − z̄a)²·Wa·Wb/(Wa + Wb) (stable, no
 * cancellation). The result equals a pass over the union up to the rounding of the additions.
 */
function combine(parts: readonly Accumulation[]): Accumulation {
  const first = parts[0] as Accumulation;
  const unitW = new Float64Array(first.unitW.length);
  const unitWZ = new Float64Array(first.unitWZ.length);
  const cellW = first.cellW.map((c) => new Float64Array(c.length));
  const cellWZ = first.cellWZ.map((c) => new Float64Array(c.length));
  let n = 0;
  let sumW = 0;
  let sumWZ = 0;
  let sumW2 = 0;
  let m2 = 0;
  for (const a of parts) {
    if (a.n === 0) continue;
    if (n > 0) {
      const delta = a.sumWZ / a.sumW - sumWZ / sumW;
      m2 += a.m2 + (delta * delta * sumW * a.sumW) / (sumW + a.sumW);
    } else m2 = a.m2;
    n += a.n;
    sumW += a.sumW;
    sumWZ += a.sumWZ;
    sumW2 += a.sumW2;
    addInto(unitW, a.unitW);
    addInto(unitWZ, a.unitWZ);
    for (let m = 0; m < cellW.length; m++) {
      addInto(cellW[m] as Float64Array, a.cellW[m] as Float64Array);
      addInto(cellWZ[m] as Float64Array, a.cellWZ[m] as Float64Array);
    }
  }
  return { n, sumW, sumWZ, m2, sumW2, unitW, unitWZ, cellW, cellWZ };
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let k = 0; k < target.length; k++) target[k] = (target[k] as number) + (source[k] as number);
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
