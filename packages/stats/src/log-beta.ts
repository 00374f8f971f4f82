import { LN_SQRT_2PI, lgammaCorrection, logGamma } from './log-gamma';

/**
 * Log-beta function, log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
 *
 * Method: R's `lbeta` (nmath/lbeta.c): when both arguments are large the Stirling terms are combined
 * analytically so that nothing cancels; when one is large only that one is expanded.
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/base/html/Special.html
 *
 * Runs in O(1) time.
 *
 * @param a first shape, a > 0
 * @param b second shape, b > 0
 * @returns log B(a, b); NaN for negative input
 * @throws never; invalid input gives NaN like R
 * @example
 * logBeta(2, 3); // => -2.4849066497880004 (log 1/12)
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (Number.isNaN(p) || Number.isNaN(q) || p < 0) return Number.NaN;
  if (p === 0) return Number.POSITIVE_INFINITY;
  if (!Number.isFinite(q)) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const corr = lgammaCorrection(p) + lgammaCorrection(q) - lgammaCorrection(p + q);
    return (
      Math.log(q) * -0.5 +
      LN_SQRT_2PI +
      corr +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const corr = lgammaCorrection(q) - lgammaCorrection(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
