/**
 * Checks a calibration margin against the sample, with R's postStratify rules.
 * @internal
 */
import { checkCodes, populationOf } from './build';

/** A population margin for post-stratification or raking. */
export interface PopulationMargin {
  /** variable name, used in error messages */
  readonly name: string;
  /** per row: index into `levels` (no missing values) */
  readonly codes: ArrayLike<number>;
  /** labels of the codes */
  readonly levels: readonly string[];
  /** population count per level label */
  readonly population: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
}

export interface CheckedMargin {
  readonly name: string;
  readonly cell: Int32Array;
  readonly levels: readonly string[];
  /** population count per code */
  readonly target: Float64Array;
  readonly rowCount: Float64Array;
}

export function checkMargin(fn: string, margin: PopulationMargin, weights: Float64Array): CheckedMargin {
  const n = weights.length;
  const L = margin.levels.length;
  const cell = checkCodes(fn, margin.name, margin.codes, n, L);
  const pop = populationOf(margin.population);
  const rowCount = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const c = cell[i] as number;
    rowCount[c] = (rowCount[c] as number) + 1;
  }
  const target = new Float64Array(L);
  const known = new Set(margin.levels);
  for (const [level, count] of pop) {
    if (!(count >= 0 && Number.isFinite(count))) {
      throw new RangeError(
        `${fn} requires non-negative population counts: "${margin.name}" level "${level}" has ${count}`,
      );
    }
    if (count > 0 && (!known.has(level) || rowCount[margin.levels.indexOf(level)] === 0)) {
      throw new RangeError(
        `${fn} requires every population level to occur in the sample: "${margin.name}" level "${level}" (population ${count}) has no respondents`,
      );
    }
  }
  for (let k = 0; k < L; k++) {
    if (rowCount[k] === 0) continue;
    const level = margin.levels[k] as string;
    const count = pop.get(level);
    if (count === undefined || count === 0) {
      throw new RangeError(
        `${fn} requires a positive population count for every level in the sample: "${margin.name}" level "${level}" has ${count === undefined ? 'none' : '0'}`,
      );
    }
    target[k] = count;
  }
  return { name: margin.name, cell, levels: margin.levels, target, rowCount };
}
