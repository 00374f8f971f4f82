/**
 * The second and later stages of a multistage design (used by svyDesign): unit codes nested in the units
 * of the previous stage, sample and population sizes per parent unit, and the variance multipliers of R's
 * `multistage` recursion.
 * @internal
 */
import { factorCodes } from '../factor-codes';
import type { LonelyPsu, SamplingStage } from '../survey-design';

type Id = string | number | null | undefined;

export interface LaterStages {
  readonly stages: SamplingStage[];
  /** per row: unit code at the last stage */
  readonly unit: Int32Array;
  readonly nUnits: number;
  /** per last-stage unit: product of the sampling fractions n/N of all stages (for default weights) */
  readonly fraction: Float64Array;
}

/**
 * Builds stages 2 … K from the cluster ids of those stages (one array per stage) and their fpc.
 * `psuFraction` is n_h/N_h of each PSU's stratum (1 for a first-stage census).
 */
export function laterStages(
  fn: string,
  ids: readonly ArrayLike<Id>[],
  fpc: readonly ArrayLike<number>[],
  fpcIsFraction: boolean,
  psu: Int32Array,
  nPsu: number,
  psuFraction: Float64Array,
  lonelyPsu: LonelyPsu,
): LaterStages {
  const n = psu.length;
  let parentOfRow = psu;
  let nParents = nPsu;
  let parentFraction = psuFraction;
  const stages: SamplingStage[] = [];
  for (let s = 0; s < ids.length; s++) {
    const stageNo = s + 2;
    const f = factorCodes(ids[s] as ArrayLike<Id>);
    const missing = f.codes.indexOf(-1);
    if (missing >= 0) {
      throw new RangeError(
        `${fn} requires a cluster id of stage ${stageNo} in every row: row ${missing + 1} has none`,
      );
    }
    // a unit is (parent, id): ids may restart within each parent, as R's svydesign nests later stages
    const key = new Map<number, number>();
    const unitOfRow = new Int32Array(n);
    const parentList: number[] = [];
    const L = f.levels.length;
    for (let i = 0; i < n; i++) {
      const k = (parentOfRow[i] as number) * L + (f.codes[i] as number);
      let u = key.get(k);
      if (u === undefined) {
        u = key.size;
        key.set(k, u);
        parentList.push(parentOfRow[i] as number);
      }
      unitOfRow[i] = u;
    }
    const nUnits = key.size;
    const parent = Int32Array.from(parentList);
    const count = new Int32Array(nParents);
    for (let u = 0; u < nUnits; u++) count[parent[u] as number] = (count[parent[u] as number] as number) + 1;
    // population size per parent (constant within the parent, as R's fpc "per stratum" of this stage)
    const values = fpc[s] as ArrayLike<number>;
    const seen = new Float64Array(nParents).fill(Number.NaN);
    const firstRow = new Int32Array(nParents);
    for (let i = 0; i < n; i++) {
      const p = parentOfRow[i] as number;
      const v = values[i] as number;
      const prev = seen[p] as number;
      if (Number.isNaN(prev)) {
        seen[p] = v;
        firstRow[p] = i;
      } else if (prev !== v) {
        throw new RangeError(
          `${fn} requires one fpc value of stage ${stageNo} per unit of stage ${stageNo - 1}: rows ${(firstRow[p] as number) + 1} and ${i + 1} are in the same unit but have ${prev} and ${v}`,
        );
      }
    }
    const scale = new Float64Array(nParents);
    const centred = new Uint8Array(nParents).fill(1);
    const unitFraction = new Float64Array(nUnits);
    const fractionOfParent = new Float64Array(nParents);
    for (let p = 0; p < nParents; p++) {
      const m = count[p] as number;
      const v = seen[p] as number;
      const N = fpcIsFraction ? m / v : v;
      if (N < m) {
        throw new RangeError(
          `${fn} requires fpc of at most 100 % sampling: row ${(firstRow[p] as number) + 1} has ${m} units of stage ${stageNo} sampled but a population of ${N}`,
        );
      }
      fractionOfParent[p] = m / N;
      const finite = (N - m) / N;
      const earlier = parentFraction[p] as number;
      if (finite < 1e-7) continue; // census of this parent's units: no variance from this stage
      if (m > 1) {
        scale[p] = ((finite * m) / (m - 1)) * earlier;
        continue;
      }
      if (lonelyPsu === 'fail') {
        throw new RangeError(
          `${fn} requires at least two units of stage ${stageNo} in every unit of stage ${stageNo - 1} sampled with fpc < 100 %: row ${(firstRow[p] as number) + 1} is the only one of its unit (lonely PSU; R's default survey.lonely.psu = "fail"; choose lonelyPsu "certainty", "remove" or "adjust")`,
        );
      }
      if (lonelyPsu === 'adjust') {
        scale[p] = finite * earlier;
        centred[p] = 0;
      }
    }
    for (let u = 0; u < nUnits; u++) {
      const p = parent[u] as number;
      unitFraction[u] = (parentFraction[p] as number) * (fractionOfParent[p] as number);
    }
    stages.push({ nUnits, parent, count, scale, centred });
    parentOfRow = unitOfRow;
    nParents = nUnits;
    parentFraction = unitFraction;
  }
  return { stages, unit: parentOfRow, nUnits: nParents, fraction: parentFraction };
}
