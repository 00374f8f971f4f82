import { betaDensity, betaTails, invertCdf } from './internal/tails';
import { logBeta } from './log-beta';
import { normalQuantile } from './normal-quantile';

/** Starting value of Numerical Recipes' `invbetai` (an AS 109-style approximation). */
function startValue(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const z = -normalQuantile(p);
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna - Math.log(a));
  const u = Math.exp(b * lnb - Math.log(b));
  const w = t + u;
  const x = p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * (1 - p)) ** (1 / b);
  return Number.isFinite(x) ? x : Math.exp((Math.log(p) + Math.log(a) + logBeta(a, b)) / a);
}

/**
 * Solves for x in (0, 1) with I_x(a, b) = p (lower tail) or 1 − I_x(a, b) = p (upper tail).
 * @internal
 */
export function betaQuantileTail(p: number, a: number, b: number, upperTail: boolean): number {
  if (p <= 0) return upperTail ? 1 : 0;
  if (p >= 1) return upperTail ? 0 : 1;
  const lowerP = upperTail ? 1 - p : p;
  let start = startValue(lowerP, a, b);
  if (!(start > 0 && start < 1)) start = a / (a + b);
  return invertCdf(
    p,
    upperTail,
    start,
    0,
    1,
    (x) => betaTails(x, 1 - x, a, b),
    (x) => betaDensity(x, 1 - x, a, b),
  );
}

/**
 * Quantile function of the beta distribution, the inverse regularised incomplete beta (R's `qbeta`).
 *
 * Method: starting value from the approximation in Numerical Recipes' `invbetai` (Abramowitz & Stegun
 * 26.5.22 for a, b ≥ 1), then Newton–Raphson steps on the incomplete beta kept inside a shrinking
 * bracket (bisection fallback), iterated to full double precision. Reference:
 * https://stat.ethz.ch/R-manual/R-devel/library/stats/html/Beta.html
 *
 * Runs in O(k·√max(a, b)) time for k ≈ 5–10 Newton steps.
 *
 * @param p probability in [0, 1]
 * @param a first shape, a > 0
 * @param b second shape, b > 0
 * @returns x with P[X ≤ x] = p
 * @throws {RangeError} if p is outside [0, 1] or a shape is not positive and finite
 * @example
 * betaQuantile(0.025, 3, 18); // => 0.03207093718546...
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`betaQuantile requires a probability in [0, 1], got ${p}`);
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`betaQuantile requires positive finite shapes, got a=${a}, b=${b}`);
  }
  return p > 0.5 ? betaQuantileTail(1 - p, a, b, true) : betaQuantileTail(p, a, b, false);
}
