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
 * otherwise y itself.
 */
export function accumulate(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domainRows: Int32Array | null,
  values: Float64Array | null,
): Accumulation {
  return accumulateWithDomains(design, y, domainRows, values, null, 0)[0] as Accumulation;
}

/** Per-slot sums of accumulateWithDomains, flat over the slots (slot s at s·nUnits, s·levels). */
class SlotSums {
  readonly n: Float64Array;
  readonly sumW: Float64Array;
  readonly sumWZ: Float64Array;
  readonly sumW2: Float64Array;
  readonly shift: Float64Array;
  readonly sumWD: Float64Array;
  readonly sumWD2: Float64Array;
  readonly unitW: Float64Array;
  readonly unitWZ: Float64Array;
  readonly cellW: Float64Array[];
  readonly cellWZ: Float64Array[];
  constructor(
    readonly slots: number,
    readonly nUnits: number,
    readonly levels: readonly number[],
  ) {
    const scalar = () => new Float64Array(slots);
    this.n = scalar();
    this.sumW = scalar();
    this.sumWZ = scalar();
    this.sumW2 = scalar();
    this.shift = scalar();
    this.sumWD = scalar();
    this.sumWD2 = scalar();
    this.unitW = new Float64Array(slots * nUnits);
    this.unitWZ = new Float64Array(slots * nUnits);
    this.cellW = levels.map((L) => new Float64Array(slots * L));
    this.cellWZ = levels.map((L) => new Float64Array(slots * L));
  }

  /** The sums of slot s as an Accumulation (views into the flat arrays). */
  accumulation(s: number): Accumulation {
    const n = this.n[s] as number;
    const sumW = this.sumW[s] as number;
    const sumWD = this.sumWD[s] as number;
    const m2 = n > 0 ? Math.max(0, (this.sumWD2[s] as number) - (sumWD * sumWD) / sumW) : 0;
    const U = this.nUnits;
    return {
      n,
      sumW,
      sumWZ: this.sumWZ[s] as number,
      m2,
      sumW2: this.sumW2[s] as number,
      unitW: this.unitW.subarray(s * U, (s + 1) * U),
      unitWZ: this.unitWZ.subarray(s * U, (s + 1) * U),
      cellW: this.cellW.map((a, m) =>
        a.subarray(s * (this.levels[m] as number), (s + 1) * (this.levels[m] as number)),
      ),
      cellWZ: this.cellWZ.map((a, m) =>
        a.subarray(s * (this.levels[m] as number), (s + 1) * (this.levels[m] as number)),
      ),
    };
  }
}

/**
 * accumulate() for the rows `domainRows` (all when null) and, in the same pass, for each of `nDomains`
 * disjoint domains: row i also counts for domain domainOf[i] (none when negative). Returns the sums of
 * the rows first, then those of each domain. One pass instead of one per domain halves the reading of the
 * design's per-row arrays, which is what an estimate's time is spent on for large samples; the sums of
 * each domain are added in ascending row order, as a pass over its own rows would add them, so the results
 * are the same to the last bit.
 */
export function accumulateWithDomains(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domainRows: Int32Array | null,
  values: Float64Array | null,
  domainOf: Int32Array | null,
  nDomains: number,
): Accumulation[] {
  const rows = domainRows ?? allRows(design);
  const w = design.weights;
  const unit = design.unit;
  const M = design.margins.length;
  const U = design.nUnits;
  const levels = design.margins.map((m) => m.levels.length);
  const sums = new SlotSums(1 + nDomains, U, levels);
  const { unitW, unitWZ, cellW, cellWZ } = sums;
  const cells = design.margins.map((m) => m.cell);
  const uws = design.cache.uw;
  const codes = y instanceof Int32Array; // factor codes: −1 marks a missing answer
  const nValues = values ? values.length : 0;
  // factor codes: the indicator of y ∈ values is read from a table indexed by the code (codes beyond it
  // are not in values) instead of comparing each row with every value
  const isValue = codes && values ? indicatorTable(values) : null;
  const tableLength = isValue ? isValue.length : 0;
  const dn = sums.n;
  const dSumW = sums.sumW;
  const dSumWZ = sums.sumWZ;
  const dSumW2 = sums.sumW2;
  const dShift = sums.shift;
  const dSumWD = sums.sumWD;
  const dSumWD2 = sums.sumWD2;
  // the rows' own sums stay in local variables (slot 0 is written once at the end)
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
    for (let m = 0; m < M; m++) {
      const k = (cells[m] as Int32Array)[i] as number;
      const a = (uws[m] as Float64Array)[i] as number;
      const cw = cellW[m] as Float64Array;
      const cz = cellWZ[m] as Float64Array;
      cw[k] = (cw[k] as number) + a;
      cz[k] = (cz[k] as number) + a * z;
    }
    if (domainOf === null) continue;
    const d = domainOf[i] as number;
    if (d < 0) continue;
    const s = d + 1;
    if (dn[s] === 0) dShift[s] = z;
    const ds = z - (dShift[s] as number);
    dn[s] = (dn[s] as number) + 1;
    dSumW[s] = (dSumW[s] as number) + wi;
    dSumWZ[s] = (dSumWZ[s] as number) + wz;
    dSumW2[s] = (dSumW2[s] as number) + wi * wi;
    dSumWD[s] = (dSumWD[s] as number) + wi * ds;
    dSumWD2[s] = (dSumWD2[s] as number) + wi * ds * ds;
    const q = s * U + p;
    unitW[q] = (unitW[q] as number) + wi;
    unitWZ[q] = (unitWZ[q] as number) + wz;
    for (let m = 0; m < M; m++) {
      const k = s * (levels[m] as number) + ((cells[m] as Int32Array)[i] as number);
      const a = (uws[m] as Float64Array)[i] as number;
      const cw = cellW[m] as Float64Array;
      const cz = cellWZ[m] as Float64Array;
      cw[k] = (cw[k] as number) + a;
      cz[k] = (cz[k] as number) + a * z;
    }
  }
  dn[0] = n;
  dSumW[0] = sumW;
  dSumWZ[0] = sumWZ;
  dSumW2[0] = sumW2;
  dSumWD[0] = sumWD;
  dSumWD2[0] = sumWD2;
  const out: Accumulation[] = [];
  for (let s = 0; s <= nDomains; s++) out.push(sums.accumulation(s));
  return out;
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
