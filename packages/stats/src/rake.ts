import { withCalibration } from './internal/build';
import { type CheckedMargin, checkMargin, type PopulationMargin } from './internal/margins';
import type { CalibrationMargin, SurveyDesign } from './survey-design';

/** Convergence control of `rake`, with R's meaning. */
export interface RakeControl {
  /** maximum number of passes over all margins (default 100) */
  readonly maxIter?: number;
  /**
   * stop when no cell of the joint table of all raking variables changed by more than epsilon in a pass;
   * values below 1 are relative to the sum of the weights before raking (R's rule). Default 1e-10.
   */
  readonly epsilon?: number;
}

/** Number of passes over the margins R's svyrecvar makes to project off a raking calibration. */
const VARIANCE_PASSES = 10;

/**
 * Raking (iterative proportional fitting) of a design to several population margins, as R's
 * `rake(design, sample.margins, population.margins, control)`.
 *
 * Method: repeated post-stratification on each margin in turn until the weighted joint table of all raking
 * variables changes by less than epsilon in a pass (Deming & Stephan 1940, Ann. Math. Stat. 11, 427–444).
 * The fitting runs on that joint table (its cells, not the rows), so each pass costs O(cells). For the
 * variance the last pass's margins are recorded like R's, and estimators project the linearised values off
 * them in 10 sweeps, as R's `svyrecvar` does for a raking calibration. Reference: Lumley (2010) Complex
 * Surveys §7.3; https://r-survey.r-forge.r-project.org/survey/html/rake.html
 *
 * Runs in O(n·M² + I·C) time for n rows, M margins, I passes and C joint cells.
 *
 * @param design the design to calibrate (not changed)
 * @param margins two or more population margins (one also works: it is post-stratification by raking)
 * @param control maxIter and epsilon
 * @returns a new design with raked weights
 * @throws {RangeError} if a row has no level, a sample level has no population count or a population
 *   level no respondents, the margins' population totals differ, or the fit does not converge in maxIter passes
 * @example
 * const r = rake(design, [ageMargin, sexMargin], { maxIter: 100, epsilon: 1e-10 });
 */
export function rake(
  design: SurveyDesign,
  margins: readonly PopulationMargin[],
  control: RakeControl = {},
): SurveyDesign {
  const maxIter = control.maxIter ?? 100;
  const epsilonIn = control.epsilon ?? 1e-10;
  if (margins.length === 0) throw new RangeError('rake requires at least one margin');
  if (!(maxIter >= 1)) throw new RangeError(`rake requires maxIter >= 1, got ${maxIter}`);
  if (!(epsilonIn > 0)) throw new RangeError(`rake requires epsilon > 0, got ${epsilonIn}`);
  const n = design.n;
  const w0 = design.weights;
  let sumW = 0;
  for (let i = 0; i < n; i++) sumW += w0[i] as number;
  const epsilon = epsilonIn < 1 ? epsilonIn * sumW : epsilonIn;
  const checked: CheckedMargin[] = margins.map((m) => checkMargin('rake', m, w0));
  const totals = checked.map((c) => c.target.reduce((a, b) => a + b, 0));
  const t0 = totals[0] as number;
  totals.forEach((t, i) => {
    if (Math.abs(t - t0) > epsilon) {
      throw new RangeError(
        `rake requires population margins with equal totals: "${checked[0]?.name}" sums to ${t0}, "${checked[i]?.name}" to ${t}`,
      );
    }
  });

  // joint cells of all raking variables that occur in the sample
  const M = checked.length;
  const joint = new Int32Array(n);
  const jointIndex = new Map<number, number>();
  const jointCells: number[][] = []; // per margin: cell code of each joint cell
  for (let m = 0; m < M; m++) jointCells.push([]);
  const radix: number[] = [];
  let r = 1;
  for (const c of checked) {
    radix.push(r);
    r *= c.levels.length;
  }
  if (r > Number.MAX_SAFE_INTEGER) throw new RangeError('rake requires fewer joint cells (too many levels)');
  // dense lookup of the mixed-radix key when the full cross-classification is small, else a hash map
  const dense = r <= 1 << 22 ? new Int32Array(r).fill(-1) : null;
  let J = 0;
  for (let i = 0; i < n; i++) {
    let key = 0;
    for (let m = 0; m < M; m++)
      key += ((checked[m] as CheckedMargin).cell[i] as number) * (radix[m] as number);
    let j = dense ? (dense[key] as number) : (jointIndex.get(key) ?? -1);
    if (j < 0) {
      j = J++;
      if (dense) dense[key] = j;
      else jointIndex.set(key, j);
      for (let m = 0; m < M; m++)
        (jointCells[m] as number[]).push((checked[m] as CheckedMargin).cell[i] as number);
    }
    joint[i] = j;
  }
  const table = new Float64Array(J);
  for (let i = 0; i < n; i++) {
    const j = joint[i] as number;
    table[j] = (table[j] as number) + (w0[i] as number);
  }
  const cellOfJoint = jointCells.map((a) => Int32Array.from(a));

  // iterative proportional fitting on the joint table; factor[m][k] = cumulative multiplier of cell k
  const factor = checked.map((c) => new Float64Array(c.levels.length).fill(1));
  let snapshots: Float64Array[][] = [];
  let old = Float64Array.from(table);
  let converged = false;
  let delta = Number.POSITIVE_INFINITY;
  let passes = 0;
  while (passes < maxIter) {
    passes++;
    snapshots = [];
    for (let m = 0; m < M; m++) {
      const c = checked[m] as CheckedMargin;
      const cj = cellOfJoint[m] as Int32Array;
      const L = c.levels.length;
      const current = new Float64Array(L);
      for (let j = 0; j < J; j++)
        current[cj[j] as number] = (current[cj[j] as number] as number) + (table[j] as number);
      const ratio = new Float64Array(L);
      for (let k = 0; k < L; k++)
        ratio[k] = current[k] ? (c.target[k] as number) / (current[k] as number) : 1;
      for (let j = 0; j < J; j++) table[j] = (table[j] as number) * (ratio[cj[j] as number] as number);
      const f = factor[m] as Float64Array;
      for (let k = 0; k < L; k++) f[k] = (f[k] as number) * (ratio[k] as number);
      snapshots.push(factor.map((a) => Float64Array.from(a)));
    }
    delta = 0;
    for (let j = 0; j < J; j++) delta = Math.max(delta, Math.abs((old[j] as number) - (table[j] as number)));
    if (delta < epsilon) {
      converged = true;
      break;
    }
    old = Float64Array.from(table);
  }
  if (!converged) {
    throw new RangeError(
      `rake requires convergence within ${maxIter} passes: the largest change of a cell in the last pass was ${delta} (epsilon ${epsilon}); check the margins or raise maxIter`,
    );
  }

  // per joint cell: weight multiplier after margin m of the last pass
  const jointMultiplier = (snap: Float64Array[]): Float64Array => {
    const out = new Float64Array(J).fill(1);
    for (let m = 0; m < M; m++) {
      const cj = cellOfJoint[m] as Int32Array;
      const f = snap[m] as Float64Array;
      for (let j = 0; j < J; j++) out[j] = (out[j] as number) * (f[cj[j] as number] as number);
    }
    return out;
  };
  const newMargins: CalibrationMargin[] = [];
  let finalWeights = w0;
  for (let m = 0; m < M; m++) {
    const mult = jointMultiplier(snapshots[m] as Float64Array[]);
    const psw = new Float64Array(n);
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = (w0[i] as number) * (mult[joint[i] as number] as number);
      psw[i] = v;
      u[i] = 1 / v;
    }
    const c = checked[m] as CheckedMargin;
    newMargins.push(
      Object.freeze({
        kind: 'raking',
        name: c.name,
        levels: c.levels,
        cell: c.cell,
        psw,
        u,
        denominator: c.rowCount,
      }),
    );
    finalWeights = psw;
  }
  const base = design.margins.length;
  const sequence = new Int32Array(design.sequence.length + VARIANCE_PASSES * M);
  sequence.set(design.sequence);
  let s = design.sequence.length;
  for (let pass = 0; pass < VARIANCE_PASSES; pass++) for (let m = 0; m < M; m++) sequence[s++] = base + m;
  return withCalibration(design, finalWeights, [...design.margins, ...newMargins], sequence);
}
