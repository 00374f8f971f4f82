import { betaQuantileTail } from './beta-quantile';
import { normalQuantile } from './normal-quantile';

/**
 * Cornish–Fisher expansion of the t quantile in powers of 1/ν (Hill 1970, CACM 13, 617–619), whose
 * truncation error is below 1e-17 relative for ν ≥ 1e5 and |z| < 8.
 */
function hillExpansion(p: number, df: number): number {
  const z = normalQuantile(p);
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * Quantile function of Student's t distribution (R's `qt`).
 *
 * Method: inversion of P[|T| > t] = I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1) with the inverse
 * incomplete beta (`betaQuantile`'s Newton–Raphson to full precision); the smaller of ν/(ν+t²) and
 * t²/(ν+t²) is solved for, so that t = √(ν·y/x) never suffers cancellation; for ν ≥ 1e5 Hill's (1970) expansion in 1/ν
 * (the incomplete beta loses digits there); the normal quantile for ν = ∞.
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/TDist.html
 *
 * Runs in O(k·√ν) time (a few Newton steps, each a continued fraction).
 *
 * @param p probability in [0, 1]
 * @param df degrees of freedom ν > 0 (Infinity allowed)
 * @returns t with P[T ≤ t] = p
 * @throws {RangeError} if p is outside [0, 1] or df is not positive
 * @example
 * tQuantile(0.975, 14); // => 2.1447866879169273
 */
export function tQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`tQuantile requires a probability in [0, 1], got ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile requires positive degrees of freedom, got ${df}`);
  if (!Number.isFinite(df) || df > 1e20) return normalQuantile(p);
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const tail = p < 0.5 ? p : 1 - p; // one-sided tail probability
  if (df >= 1e5) return hillExpansion(p, df);
  const twoSided = 2 * tail;
  // y = t²/(ν+t²) has upper-tail probability `twoSided` under Beta(½, ν/2)
  const y = betaQuantileTail(twoSided, 0.5, df / 2, true);
  let t: number;
  if (y <= 0.5) {
    t = Math.sqrt((df * y) / (1 - y));
  } else {
    // x = ν/(ν+t²) = 1 − y is the small one: solve for it directly
    const x = betaQuantileTail(twoSided, df / 2, 0.5, false);
    t = Math.sqrt((df * (1 - x)) / x);
  }
  return p < 0.5 ? -t : t;
}
