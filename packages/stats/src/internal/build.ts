/**
 * Assembles design objects and their calibration cache.
 * @internal
 */
import type { CalibrationCache, CalibrationMargin, SurveyDesign } from '../survey-design';

/** Σ over rows of u_a · psw_b, tabulated by (cell of a, cell of b). */
function crossTable(a: CalibrationMargin, b: CalibrationMargin): Float64Array {
  const na = a.levels.length;
  const nb = b.levels.length;
  const out = new Float64Array(na * nb);
  const ca = a.cell;
  const cb = b.cell;
  const u = a.u;
  const psw = b.psw;
  for (let i = 0; i < ca.length; i++) {
    const k = (ca[i] as number) * nb + (cb[i] as number);
    out[k] = (out[k] as number) + (u[i] as number) * (psw[i] as number);
  }
  return out;
}

/** Σ psw per (last-stage unit, cell), or null when that table would be larger than the data. */
function unitCellTable(m: CalibrationMargin, unit: Int32Array, nUnits: number): Float64Array | null {
  const cells = m.levels.length;
  if (nUnits * cells > Math.max(unit.length, 1 << 16)) return null;
  const out = new Float64Array(nUnits * cells);
  const cell = m.cell;
  const psw = m.psw;
  for (let i = 0; i < unit.length; i++) {
    const k = (unit[i] as number) * cells + (cell[i] as number);
    out[k] = (out[k] as number) + (psw[i] as number);
  }
  return out;
}

/**
 * Returns a copy of `base` with new final weights and calibration margins, re-using whatever part of the
 * cache is still valid (cross tables and PSU tables depend only on the margins, `uw` on the weights too).
 */
export function withCalibration(
  base: SurveyDesign,
  weights: Float64Array,
  margins: readonly CalibrationMargin[],
  sequence: Int32Array,
): SurveyDesign {
  const old = base.cache;
  const oldCount = base.margins.length;
  const reusable = margins.length >= oldCount && base.margins.every((m, i) => margins[i] === m);
  const cross: Float64Array[][] = [];
  const psuCell: (Float64Array | null)[] = [];
  for (let a = 0; a < margins.length; a++) {
    const row: Float64Array[] = [];
    for (let b = 0; b < margins.length; b++) {
      const cached = reusable && a < oldCount && b < oldCount ? old.cross[a]?.[b] : undefined;
      row.push(cached ?? crossTable(margins[a] as CalibrationMargin, margins[b] as CalibrationMargin));
    }
    cross.push(row);
    const cachedPsu = reusable && a < oldCount ? old.psuCell[a] : undefined;
    psuCell.push(
      cachedPsu !== undefined
        ? cachedPsu
        : unitCellTable(margins[a] as CalibrationMargin, base.unit, base.nUnits),
    );
  }
  const uw = margins.map((m) => {
    const out = new Float64Array(weights.length);
    const u = m.u;
    for (let i = 0; i < out.length; i++) out[i] = (u[i] as number) * (weights[i] as number);
    return out;
  });
  const cache: CalibrationCache = { cross, uw, psuCell };
  return Object.freeze({ ...base, weights, margins: Object.freeze([...margins]), sequence, cache });
}

/** Validates a per-row code vector for a calibration variable and returns it as Int32Array. */
export function checkCodes(
  fn: string,
  name: string,
  codes: ArrayLike<number>,
  n: number,
  nLevels: number,
): Int32Array {
  if (codes.length !== n)
    throw new RangeError(`${fn} requires one code per row for "${name}" (${n}), got ${codes.length}`);
  const out = codes instanceof Int32Array ? codes : Int32Array.from(codes);
  for (let i = 0; i < n; i++) {
    const c = codes[i] as number;
    if (!(c >= 0 && c < nLevels && Number.isInteger(c))) {
      if (c === -1 || Number.isNaN(c)) {
        throw new RangeError(`${fn} requires a value of "${name}" in every row: row ${i + 1} is missing`);
      }
      throw new RangeError(`${fn} requires codes of "${name}" in 0…${nLevels - 1}: row ${i + 1} has ${c}`);
    }
  }
  return out;
}

/** Looks up a population count by level label. */
export function populationOf(
  population: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
): Map<string, number> {
  if (population instanceof Map) return new Map(population);
  return new Map(Object.entries(population as Record<string, number>));
}
