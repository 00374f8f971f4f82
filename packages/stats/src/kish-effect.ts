/** Kish's weighting effect and effective sample size. */
export interface KishEffect {
  readonly n: number;
  readonly sumWeights: number;
  /** 1 + CV² of the weights = n Σw² / (Σw)² */
  readonly effect: number;
  /** (Σw)² / Σw² = n / effect */
  readonly nEff: number;
}

/**
 * Kish's design effect due to unequal weighting, deff_w = 1 + CV²(w) = n·Σw² / (Σw)², and the effective
 * sample size n_eff = (Σw)² / Σw² (Kish, L. (1965) Survey Sampling, Wiley, §11.7). Unlike R's `deff` it
 * ignores clustering and the outcome; it says how much the weights alone cost in precision.
 *
 * Method: one pass summing w and w².
 * Reference: https://rdrr.io/cran/svyweight/man/eff_n.html
 *
 * Runs in O(n) time (O(|rows|) with rows).
 *
 * @param weights the weights
 * @param rows optional row indices to restrict to (e.g. a domain's rows)
 * @returns n, sum of weights, weighting effect and effective n
 * @throws {RangeError} if a weight is negative or not finite
 * @example
 * kishEffect([1, 1, 2, 4]).effect; // => 1.375
 */
export function kishEffect(weights: ArrayLike<number>, rows?: ArrayLike<number>): KishEffect {
  let n = 0;
  let s = 0;
  let s2 = 0;
  const count = rows ? rows.length : weights.length;
  for (let j = 0; j < count; j++) {
    const i = rows ? (rows[j] as number) : j;
    const w = weights[i] as number;
    if (!(w >= 0 && Number.isFinite(w)))
      throw new RangeError(`kishEffect requires non-negative finite weights: row ${i + 1} has ${w}`);
    n++;
    s += w;
    s2 += w * w;
  }
  return {
    n,
    sumWeights: s,
    effect: s2 > 0 ? (n * s2) / (s * s) : Number.NaN,
    nEff: s2 > 0 ? (s * s) / s2 : Number.NaN,
  };
}
